package org.slant.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void rendersTheMarkdownGuidelinesUse() {
        String html = Markdown.toSafeHtml("# Frame\n\nMark the **shortest** passage.\n\n- one\n- two\n\n"
                + "[codebook](https://example.org/codebook.pdf)");
        assertThat(html).contains("<h1>Frame</h1>").contains("<strong>shortest</strong>").contains("<li>one</li>")
                .contains("<a rel=\"nofollow\" href=\"https://example.org/codebook.pdf\">codebook</a>");
    }

    @Test
    void neverPassesRawHtmlOrScriptLinksThrough() {
        String html = Markdown.toSafeHtml("<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n"
                + "[click](javascript:alert(1)) ![i](javascript:alert(2))");
        assertThat(html).doesNotContain("<script").doesNotContain("<img src=\"x\"").doesNotContain("<img src=x")
                .doesNotContain("javascript:");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void rendersPipeTablesWithTheirCellsEscaped() {
        String html = Markdown.toSafeHtml("""
                | Label | Example |
                |---|:---|
                | Economic | "the cost of the **sanctions**" |
                | Security | <b onclick=x>troops</b> |
                """);
        assertThat(html).contains("<table>").contains("<th>Label</th>").contains("<th align=\"left\">Example</th>")
                .contains("<td>Economic</td>").contains("<strong>sanctions</strong>")
                .contains("&lt;b onclick=x&gt;troops&lt;/b&gt;").doesNotContain("<b onclick");
    }
}
