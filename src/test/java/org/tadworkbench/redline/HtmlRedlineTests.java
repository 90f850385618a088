package org.tadworkbench.redline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadworkbench.document.Section;
import org.tadworkbench.workspace.Workspace;

/** The HTML redline: inline changes, summary first, escaping, self-containment, determinism. */
class HtmlRedlineTests {

    @TempDir
    static Path tmp;

    static Workspace ws;
    static String html;

    @BeforeAll
    static void render() throws Exception {
        ws = RedlineFixture.read(RedlineFixture.workspace(tmp));
        html = HtmlRedline.render(Redline.compare(ws, "2.0", "3.0"));
    }

    @Test
    void changedSentenceIsMarkedInline() {
        assertThat(html).contains("<del><span class=\"vh\">deleted: </span>messages<span class=\"vh\"> end deleted</span></del>"
                + "<ins><span class=\"vh\">inserted: </span>commands<span class=\"vh\"> end inserted</span></ins>");
        assertThat(html).contains("text-decoration:underline").contains("text-decoration:line-through");
    }

    @Test
    void summaryTableComesFirstAndLinksToEverySection() {
        int table = html.indexOf("<table>");
        assertThat(table).isPositive().isLessThan(html.indexOf("id=\"s-4.2.3.1\""));
        assertThat(html).contains("<td><span class=\"kind\">renumbered</span>: renumbered from 5.6; text unchanged</td>")
                .contains("<span class=\"kind\">moved</span>")
                .contains("<a href=\"#s-4.2.6\">")
                .contains("<a href=\"#removed-4.2.8\">")
                .contains("<section class=\"change removed\" id=\"removed-4.2.8\">")
                .contains("<section class=\"change added\" id=\"s-4.2.6\">");
    }

    @Test
    void aSectionsChangedPartsShowOnlyTheParagraphsThatChangedWithEllipsesForTheRest() {
        String text = "First paragraph stays.\n\nThe gateway sends messages.\n\nLast paragraph stays too.";
        String parts = HtmlRedline.changedParts(sectionBody(text, text.replace("messages", "<commands>")));

        assertThat(parts).startsWith("<p>\u2026</p><p>The gateway sends ").endsWith("</p><p>\u2026</p>")
                .contains("<ins><span class=\"vh\">inserted: </span>&lt;commands&gt;")
                .doesNotContain("First paragraph", "Last paragraph");
        assertThat(HtmlRedline.changedParts(sectionBody(text, text))).isEmpty();
    }

    /** The compared body of section 1 from one text to the other. */
    private static List<TextRun> sectionBody(String older, String newer) {
        return Redline.of("TAD", "1.0", "2.0", null, List.of(new Section("1", "One", null, List.of(), List.of(), older)),
                List.of(new Section("1", "One", null, List.of(), List.of(), newer))).sections().get(0).body();
    }

    @Test
    void unchangedSectionsAreListedCollapsed() {
        assertThat(html).contains("<details class=\"unchanged\" id=\"s-1.2\">").doesNotContain("<details open");
        assertThat(html).doesNotContain("<section class=\"change unchanged\"");
    }

    @Test
    void hostileTextIsEscaped() {
        assertThat(html).doesNotContain("<script").doesNotContain("<b>Gateway");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;")
                .contains("Legacy &lt;b&gt;Gateway&lt;/b&gt; &amp; Data");
    }

    @Test
    void pageIsSelfContained() {
        assertThat(html).doesNotContainPattern("(?i)(src|href)\\s*=\\s*\"(?!#)").doesNotContain("http://").doesNotContain("https://")
                .doesNotContain("@import").doesNotContain("url(");
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">");
    }

    @Test
    void renderingIsDeterministic() throws Exception {
        assertThat(HtmlRedline.render(Redline.compare(RedlineFixture.read(RedlineFixture.workspace(tmp.resolve("again"))), "2.0", "3.0")))
                .isEqualTo(html);
    }
}
