package org.slant.annotation.importing;

import java.util.List;
import java.util.Map;
import org.slant.platform.Message;
import org.slant.platform.NotUtf8Exception;

/**
 * Reads one PTC labels file: tab-separated lines of article id, technique, start, end. The first line that is not
 * blank tells what kind of file it is; files of the corpora's other kinds (span identification without techniques,
 * SemEval-2023's paragraph or article labels, templates) are refused once, saying what to upload instead, rather
 * than line by line.
 */
final class PtcLabelsFile {

    private final UploadedFile file;
    private final Map<String, PtcArticle> articles;
    private final List<String> unreadable;
    private final ImportProblems problems;
    /** The article a SemEval-2023 per-article labels file is for, or null for a file of any articles. */
    private final String forArticle;

    PtcLabelsFile(UploadedFile file, Map<String, PtcArticle> articles, List<String> unreadable,
            ImportProblems problems) {
        this.file = file;
        this.articles = articles;
        this.unreadable = unreadable;
        this.problems = problems;
        this.forArticle = PtcFormat.perArticleId(file);
    }

    /** Reads the file's spans into their articles; whether it is a file of technique spans (empty or not). */
    boolean read() {
        String text;
        try {
            text = file.utf8();
        } catch (NotUtf8Exception e) {
            problems.add(file.place(), e.said());
            return false;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\n", -1);
        boolean first = true;
        for (int i = 0; i < lines.length && !problems.full(); i++) {
            // only the line's end is trimmed: a leading tab is an empty first column
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank()) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            for (int c = 0; c < columns.length; c++) {
                columns[c] = columns[c].strip();
            }
            Message where = Place.lineOf(file.where(), i + 1);
            if (first) {
                first = false;
                if (isHeader(columns)) {
                    continue;
                }
                Message kind = otherKind(columns);
                if (kind != null) {
                    problems.add(where, kind);
                    return false;
                }
            }
            line(where, line, columns);
        }
        return true;
    }

    private static boolean isHeader(String[] columns) {
        return columns.length == 4 && columns[2].equalsIgnoreCase("start") && columns[3].equalsIgnoreCase("end");
    }

    /** What the file is when its first line shows it is not technique spans, or null. */
    private static Message otherKind(String[] columns) {
        if (columns.length == 3 && PtcFormat.isWholeNumber(columns[1]) && PtcFormat.isWholeNumber(columns[2])) {
            return Message.of("annotation.problem.ptc.span-identification");
        }
        if (columns.length == 3 && PtcFormat.isWholeNumber(columns[1])) {
            return Message.of("annotation.problem.ptc.paragraph-labels");
        }
        if (columns.length == 2) {
            return Message.of("annotation.problem.ptc.article-labels");
        }
        if (columns.length == 4 && columns[1].equals("?")) {
            return Message.of("annotation.problem.ptc.template");
        }
        return null;
    }

    private void line(Message where, String line, String[] columns) {
        if (columns.length != 4) {
            boolean spaces = columns.length == 1 && line.strip().split("\\s+").length == 4;
            problems.add(where, Message.of(spaces ? "annotation.problem.ptc.columns.spaces"
                    : "annotation.problem.ptc.columns", String.valueOf(columns.length)));
            return;
        }
        String id = columns[0];
        String technique = columns[1];
        PtcArticle article = articles.get(id);
        if (id.isEmpty()) {
            problems.add(articleId(where), Message.of("annotation.problem.empty"));
            return;
        }
        if (forArticle != null && !forArticle.equals(id)) {
            problems.add(articleId(where), Message.of("annotation.problem.ptc.other-article", id, forArticle));
            return;
        }
        if (article == null) {
            if (!unreadable.contains(id)) {
                problems.add(articleId(where), Message.of("annotation.problem.ptc.no-article", id));
            }
            return;
        }
        if (technique.isEmpty()) {
            problems.add(technique(where), Message.of("annotation.problem.empty"));
        } else if (technique.equals("?")) {
            problems.add(technique(where), Message.of("annotation.problem.ptc.technique-template"));
        }
        Long start = offset(start(where), columns[2]);
        Long end = offset(end(where), columns[3]);
        if (start == null || end == null || technique.isEmpty() || technique.equals("?")) {
            return;
        }
        if (end <= start) {
            problems.add(end(where), Message.of("annotation.problem.end-not-after-start", String.valueOf(end),
                    String.valueOf(start)));
            return;
        }
        long length = article.length() + article.shift();
        if (end > length) {
            problems.add(end(where), Message.of(article.byteOrderMark() ? "annotation.problem.ptc.beyond-end.mark"
                    : "annotation.problem.ptc.beyond-end", String.valueOf(end), id, String.valueOf(length)));
            return;
        }
        if (article.byteOrderMark() && start == 0) {
            problems.add(start(where), Message.of("annotation.problem.ptc.start-on-mark", id));
            return;
        }
        // both fit an int now: end is at most the article's length
        article.spans().add(new ImportedSpan(place(where), null, technique, (int) (start - article.shift()),
                (int) (end - article.shift()), null, Map.of()));
    }

    private Long offset(Message where, String value) {
        if (!PtcFormat.isWholeNumber(value)) {
            problems.add(where, Message.of("annotation.problem.not-a-whole-number", value));
            return null;
        }
        long offset = Long.parseLong(value);
        if (offset < 0) {
            problems.add(where, Message.of("annotation.problem.negative", String.valueOf(offset)));
            return null;
        }
        return offset;
    }

    /** Names a span's fields by the labels file's columns; the layer is the import's, so it is the line. */
    private static Place place(Message line) {
        return field -> switch (field) {
            case "label" -> technique(line);
            case "start" -> start(line);
            case "end" -> end(line);
            default -> line;
        };
    }

    /** {@code "<line>, column 1 (article id)"} and the other columns, by key. */
    private static Message articleId(Message line) {
        return Message.of("annotation.place.ptc.article-id", line);
    }

    private static Message technique(Message line) {
        return Message.of("annotation.place.ptc.technique", line);
    }

    private static Message start(Message line) {
        return Message.of("annotation.place.ptc.start", line);
    }

    private static Message end(Message line) {
        return Message.of("annotation.place.ptc.end", line);
    }
}
