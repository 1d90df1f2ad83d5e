package org.slant.annotation.importing;

import java.util.List;
import java.util.Map;
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
            problems.add(file.where(), e.getMessage());
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
            String where = file.where() + ", line " + (i + 1);
            if (first) {
                first = false;
                if (isHeader(columns)) {
                    continue;
                }
                String kind = otherKind(columns);
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
    private static String otherKind(String[] columns) {
        if (columns.length == 3 && PtcFormat.isWholeNumber(columns[1]) && PtcFormat.isWholeNumber(columns[2])) {
            return "span identification labels (article id, start, end) without techniques; Slant imports "
                    + "technique spans: " + PtcFormat.columns() + ", as in train-task2-TC.labels or the files of "
                    + "SemEval-2023's labels-subtask-3-spans folder";
        }
        if (columns.length == 3 && PtcFormat.isWholeNumber(columns[1])) {
            return "paragraph labels (article id, paragraph, techniques), as SemEval-2023's labels-subtask-3.txt "
                    + "has them; Slant imports technique spans: upload the files of the labels-subtask-3-spans "
                    + "folder instead";
        }
        if (columns.length == 2) {
            return "labels of whole articles (article id, labels), as SemEval-2023's subtasks 1 and 2 have them; "
                    + "Slant imports technique spans: " + PtcFormat.columns();
        }
        if (columns.length == 4 && columns[1].equals("?")) {
            return "a template: its technique column is '?', so it has no labels to import";
        }
        return null;
    }

    private void line(String where, String line, String[] columns) {
        if (columns.length != 4) {
            String spaces = columns.length == 1 && line.strip().split("\\s+").length == 4
                    ? "; the columns seem to be separated by spaces, a labels file separates them by tabs" : "";
            problems.add(where, "expected 4 tab-separated columns (" + PtcFormat.columns() + "), found "
                    + columns.length + spaces);
            return;
        }
        String id = columns[0];
        String technique = columns[1];
        PtcArticle article = articles.get(id);
        if (id.isEmpty()) {
            problems.add(where + ", column 1 (article id)", "is empty");
            return;
        }
        if (forArticle != null && !forArticle.equals(id)) {
            problems.add(where + ", column 1 (article id)", "names article " + id + ", but the file holds the "
                    + "labels of article " + forArticle);
            return;
        }
        if (article == null) {
            if (!unreadable.contains(id)) {
                problems.add(where + ", column 1 (article id)", "no file article" + id + ".txt in the upload; "
                        + "upload the articles with their labels");
            }
            return;
        }
        if (technique.isEmpty()) {
            problems.add(where + ", column 2 (technique)", "is empty");
        } else if (technique.equals("?")) {
            problems.add(where + ", column 2 (technique)", "is '?', as in a template: there is no label to import");
        }
        Long start = offset(where + ", column 3 (start)", columns[2]);
        Long end = offset(where + ", column 4 (end)", columns[3]);
        if (start == null || end == null || technique.isEmpty() || technique.equals("?")) {
            return;
        }
        if (end <= start) {
            problems.add(where + ", column 4 (end)", "end " + end + " is not after start " + start);
            return;
        }
        long length = article.length() + article.shift();
        if (end > length) {
            problems.add(where + ", column 4 (end)", "end " + end + " is beyond the article's end: article" + id
                    + ".txt has " + length + " code points" + (article.byteOrderMark()
                            ? ", counting its byte order mark" : ""));
            return;
        }
        if (article.byteOrderMark() && start == 0) {
            problems.add(where + ", column 3 (start)", "start 0 covers article" + id + ".txt's byte order mark, "
                    + "which the offsets count and Slant does not keep: a span of this article starts at 1 or later");
            return;
        }
        // both fit an int now: end is at most the article's length
        article.spans().add(new ImportedSpan(place(where), null, technique, (int) (start - article.shift()),
                (int) (end - article.shift()), null, Map.of()));
    }

    private Long offset(String where, String value) {
        if (!PtcFormat.isWholeNumber(value)) {
            problems.add(where, "not a whole number: '" + value + "'");
            return null;
        }
        long offset = Long.parseLong(value);
        if (offset < 0) {
            problems.add(where, "is negative: " + offset);
            return null;
        }
        return offset;
    }

    /** Names a span's fields by the labels file's columns; the layer is the import's, so it is the line. */
    private static Place place(String line) {
        return Place.words(field -> switch (field) {
            case "label" -> line + ", column 2 (technique)";
            case "start" -> line + ", column 3 (start)";
            case "end" -> line + ", column 4 (end)";
            default -> line;
        });
    }
}
