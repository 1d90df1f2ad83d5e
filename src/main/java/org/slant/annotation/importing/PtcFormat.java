package org.slant.annotation.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slant.corpus.DocumentText;
import org.slant.corpus.NewDocument;
import org.slant.platform.Message;
import org.slant.platform.NotUtf8Exception;
import org.springframework.stereotype.Component;

/**
 * The Propaganda Techniques Corpus layout (SemEval-2020 Task 11) and SemEval-2023 Task 3's spans
 * (docs/import.md#ptc-and-semeval-formatptc): article files {@code article<ID>.txt} and tab-separated labels files,
 * one span a line: article id, technique, start, end. The offsets are Python's: code points, end-exclusive, counted
 * in the file as read with its byte order mark, so in an article that has one they are one more than in the text
 * Slant stores.
 */
@Component
public class PtcFormat implements AnnotatedFormat {

    /** An article's id has no hyphen, so that 2023's {@code article<ID>-labels-subtask-3.txt} is not an article. */
    private static final Pattern ARTICLE = Pattern.compile("article([A-Za-z0-9_]+)\\.txt", Pattern.CASE_INSENSITIVE);
    /** 2023's {@code article<ID>-labels-subtask-3.txt}, 2020's first release's {@code article<ID>.task2-TC.labels}. */
    private static final Pattern PER_ARTICLE_LABELS = Pattern.compile("article([A-Za-z0-9_]+)[.-].+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,18}");
    private static final List<String> LABEL_ENDINGS = List.of(".labels", ".txt", ".tsv", ".out");
    private static final String COLUMNS = "article id, technique, start, end";

    @Override
    public String name() {
        return "ptc";
    }

    @Override
    public String description() {
        return "PTC / SemEval-2020 Task 11 and SemEval-2023 Task 3: article<ID>.txt files and tab-separated labels "
                + "(" + COLUMNS + "; code point offsets)";
    }

    @Override
    public boolean namesAnnotators() {
        return false;
    }

    @Override
    public List<AnnotatedDocument> read(List<UploadedFile> files, ImportProblems problems) {
        Map<String, PtcArticle> articles = new LinkedHashMap<>();
        List<String> unreadable = new ArrayList<>();
        List<UploadedFile> labelFiles = new ArrayList<>();
        for (UploadedFile file : files) {
            Matcher article = ARTICLE.matcher(file.name());
            if (article.matches()) {
                readArticle(file, article.group(1), articles, unreadable, problems);
            } else if (LABEL_ENDINGS.stream().anyMatch(file::nameEndsWith)) {
                labelFiles.add(file);
            } else {
                problems.add(file.where(), Message.of("annotation.problem.ptc.not-ptc"));
            }
        }
        // an article a labels file speaks for was annotated, even when it has no span: its work is done, and empty
        boolean everyArticle = false;
        Set<String> spokenFor = new HashSet<>();
        for (UploadedFile file : labelFiles) {
            if (problems.full()) {
                break;
            }
            if (new PtcLabelsFile(file, articles, unreadable, problems).read()) {
                String article = perArticleId(file);
                if (article == null) {
                    everyArticle = true;
                } else {
                    spokenFor.add(article);
                }
            }
        }
        // what could be read goes on even with problems, so that the import's own checks name theirs in one answer
        List<AnnotatedDocument> documents = new ArrayList<>(articles.size());
        for (PtcArticle article : articles.values()) {
            NewDocument document = new NewDocument(DocumentText.titleFrom(article.text()), article.text(), null,
                    null, null, null, article.id(), Map.of("file", article.file().path()));
            boolean annotated = everyArticle || spokenFor.contains(article.id()) || !article.spans().isEmpty();
            List<AnnotatorWork> work = !annotated ? List.of()
                    : List.of(new AnnotatorWork(Place.fixed(article.file().where()), null, null, article.spans(),
                            List.of()));
            documents.add(new AnnotatedDocument(article.file().where(), document, work));
        }
        return documents;
    }

    private static void readArticle(UploadedFile file, String id, Map<String, PtcArticle> articles,
            List<String> unreadable, ImportProblems problems) {
        PtcArticle earlier = articles.get(id);
        if (earlier != null) {
            problems.add(file.where(), Message.of("annotation.problem.article-twice", id, earlier.file().where()));
            return;
        }
        String text;
        try {
            text = file.utf8();
        } catch (NotUtf8Exception e) {
            problems.add(file.place(), e.said());
            unreadable.add(id);
            return;
        }
        // the offsets count a byte order mark; Slant's text never has one, whether or not the decoder dropped it
        boolean byteOrderMark = startsWithByteOrderMark(file.bytes());
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            problems.add(file.where(), Message.of("annotation.problem.file-blank"));
            unreadable.add(id);
            return;
        }
        articles.put(id, new PtcArticle(id, file, text, byteOrderMark, text.codePointCount(0, text.length())));
    }

    private static boolean startsWithByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
    }

    /** The id of the article a per-article labels file is for, or {@code null} for a file of any articles. */
    static String perArticleId(UploadedFile file) {
        Matcher matcher = PER_ARTICLE_LABELS.matcher(file.name());
        return matcher.matches() ? matcher.group(1) : null;
    }

    static boolean isWholeNumber(String value) {
        return WHOLE_NUMBER.matcher(value).matches();
    }

    static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
