package org.tadworkbench.redline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.tadworkbench.document.Applicability;
import org.tadworkbench.document.Section;

/** A changed table in both redlines: a table with its caption, the changed cell and the added row marked. */
class RedlineTableTests {

    private static final String OLD = """
            Intro.

            Table 2.1: Parties
            | Party | Role |
            |---|---|
            | Alpha | reads meters |
            | Gamma | keeps <the> inventory |
            """;

    private static final String NEW = """
            Intro.

            Table 2.1: Parties
            | Party | Role |
            |---|---|
            | Alpha | reads and configures meters |
            | Beta | signs alerts |
            | Gamma | keeps <the> inventory |

            After.
            """;

    private static Redline redline() {
        return Redline.of("Doc", "1.0", "2.0", LocalDate.of(2020, 1, 2), List.of(section(OLD)), List.of(section(NEW)));
    }

    private static Section section(String body) {
        return new Section("2", "Parties", Applicability.BOTH, List.of(), List.of(), body);
    }

    @Test
    void htmlShowsATableWithTheChangedCellAndTheAddedRowMarked() {
        String html = HtmlRedline.render(redline()).replaceAll("<span class=\"vh\">[^<]*</span>", "");
        int start = html.indexOf("<table class=\"body-table\">");
        String table = html.substring(start, html.indexOf("</table>", start));
        assertThat(table).contains("<caption>Table 2.1: Parties</caption>")
                .contains("<th scope=\"col\">Party</th><th scope=\"col\">Role</th>")
                .contains("<td>Alpha</td><td>reads <ins>and configures </ins>meters</td>")
                .contains("<tr class=\"row-inserted\"><td><ins>Beta</ins></td><td><ins>signs alerts</ins></td></tr>")
                .contains("<td>Gamma</td><td>keeps &lt;the&gt; inventory</td>")
                .doesNotContain("|").doesNotContain("\uE000").doesNotContain("\uE001");
        assertThat(html).contains("<ins>After.</ins>");
    }

    @Test
    void wordHasATableWithATrackedRowInsertionAndTrackedCellText() throws Exception {
        byte[] docx = DocxRedline.write(redline());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getTables()).hasSize(1);
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRows()).hasSize(4);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRow(2).getCtRow().getTrPr().isSetIns()).isTrue();
            assertThat(table.getRow(1).getCtRow().isSetTrPr()).isFalse();
            String alphaRole = table.getRow(1).getCell(1).getCTTc().xmlText();
            Matcher inserted = Pattern.compile("<w:ins [^>]*w:author=\"TAD Workbench\"[^>]*>.*?<w:t[^>]*>and configures </w:t>")
                    .matcher(alphaRole);
            assertThat(inserted.find()).as(alphaRole).isTrue();
            assertThat(table.getRow(3).getCell(1).getText()).isEqualTo("keeps <the> inventory");
        }
    }

    @Test
    void textThatLooksLikeTableMarkersStaysText() {
        String body = "Plain \uE000text\uE001 here.";
        Redline r = Redline.of("Doc", "1.0", "2.0", LocalDate.of(2020, 1, 2), List.of(section("Plain.")), List.of(section(body)));
        assertThat(HtmlRedline.render(r)).doesNotContain("<table class=\"body-table\">").doesNotContain("\uE000");
    }
}
