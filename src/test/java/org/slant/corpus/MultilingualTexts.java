package org.slant.corpus;

import java.util.Map;

/**
 * Short news texts in the scripts Slant's users annotate: right-to-left (Arabic, Hebrew, Persian) with Latin and digits
 * inside, scripts without spaces (Chinese, Japanese, Thai), Cyrillic, and the emoji, NBSP and CRLF every path is
 * tested on.
 */
public final class MultilingualTexts {

    public static final Map<String, String> TEXTS = Map.of(
            "ar", "قال الأمين العام لحلف NATO ينس ستولتنبرغ إن \"الخلافات لن يكون من السهل تجاوزها\" يوم 12 يناير 2022.",
            "he", "מזכ\"ל נאט\"ו, ינס סטולטנברג, אמר כי NATO מוכנה לדיאלוג עם רוסיה (12 בינואר).",
            "fa", "دبیرکل ناتو گفت: «اختلافات ما به آسانی برطرف نمی‌شود» و روسیه ۱۰۰٬۰۰۰ سرباز دارد.",
            "zh", "北约秘书长斯托尔滕贝格说，北约与俄罗斯的分歧不容易弥合。双方同意继续对话。",
            "ja", "NATOのストルテンベルグ事務総長は、ロシアとの違いは簡単には埋まらないと述べた。",
            "th", "เลขาธิการนาโตกล่าวว่าความแตกต่างระหว่างนาโตและรัสเซียไม่ง่ายที่จะแก้ไข",
            "uk", "Генсек НАТО Єнс Столтенберг заявив, що розбіжності з Росією «не буде легко подолати».",
            "mixed", "Hi 👋🏽 🇺🇦 NATO\u00a0talks.\r\nUkraine’s U.S. envoy: 100,000 troops — «لا».\r\n");

    private MultilingualTexts() {
    }
}
