package org.slant.platform;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * PostgreSQL cannot store U+0000 in a text or JSON column, so a JSON body's string holding one is refused while the
 * body is read, naming the field (a 400), instead of failing at the database (a 500). Strings inside free-form JSON
 * (a span's attributes) are read through this too; imports check their files' texts and meta themselves.
 */
@Configuration
class TextWithoutNul {

    @Bean
    JsonMapperBuilderCustomizer refuseNulInTextFields() {
        return builder -> builder.addModule(new SimpleModule("slant-text-without-nul")
                .addDeserializer(String.class, new Deserializer()));
    }

    static final class Deserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            int nul = text == null ? -1 : text.indexOf('\u0000');
            if (nul >= 0) {
                return context.reportInputMismatch(this, "holds a NUL character (U+0000) at character " + nul
                        + ", which cannot be stored; remove it");
            }
            return text;
        }
    }
}
