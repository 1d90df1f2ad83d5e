package org.slant.platform;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders user-written Markdown (project guidelines) to HTML that is safe to show: raw HTML in the source is
 * escaped, never passed through, and links and images with unsafe schemes (javascript: and the like) are defused.
 */
public final class Markdown {

    /** Pipe tables (GitHub's), as codebooks use them for labels and their examples. */
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).build();

    private Markdown() {
    }

    public static String toSafeHtml(String markdown) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        return RENDERER.render(document);
    }
}
