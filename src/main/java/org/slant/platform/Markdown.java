package org.slant.platform;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders user-written Markdown (project guidelines) to HTML that is safe to show: raw HTML in the source is
 * escaped, never passed through, and links and images with unsafe schemes (javascript: and the like) are defused.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private Markdown() {
    }

    public static String toSafeHtml(String markdown) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        return RENDERER.render(document);
    }
}
