package org.slant;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright. Playwright must not download a browser of its own (the machines have no
 * internet); the executable is /usr/bin/chromium unless SLANT_CHROMIUM names another.
 */
public final class Chromium implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final Browser browser;

    public Chromium() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        String executable = System.getenv().getOrDefault("SLANT_CHROMIUM", "/usr/bin/chromium");
        if (!Files.isExecutable(Path.of(executable))) {
            playwright.close();
            throw new IllegalStateException("No Chromium at " + executable
                    + ": install Debian's (apt-get install chromium) or set SLANT_CHROMIUM");
        }
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(executable))
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    public Browser browser() {
        return browser;
    }

    /** Fills in Slant's login form on the page and sends it. */
    public static void logIn(Page page, String username, String password) {
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        page.locator("input[name='password']").press("Enter");
    }

    /**
     * How many characters a line of an article holds in the editor named by its tag (slant-annotator, slant-curator):
     * the width of its first chunk of text in widths of "0" in the article's font (CSS's ch).
     */
    public static double charactersPerLine(Page page, String editor) {
        return ((Number) page.evaluate("""
                editor => {
                  const chunk = document.querySelector(editor + ' .sa-text .sa-chunk');
                  const probe = document.createElement('span');
                  probe.style.cssText = 'position:absolute;visibility:hidden;width:100ch';
                  chunk.appendChild(probe);
                  const ch = probe.getBoundingClientRect().width / 100;
                  probe.remove();
                  const style = getComputedStyle(chunk);
                  return (chunk.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)) / ch;
                }""", editor)).doubleValue();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
