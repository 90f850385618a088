package org.tadworkbench.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.tadworkbench.document.Applicability;
import org.tadworkbench.document.DocumentManifest;
import org.tadworkbench.document.DocumentVersion;
import org.tadworkbench.document.VersionStatus;
import org.tadworkbench.publish.docx.DocxRenderer;
import org.tadworkbench.publish.html.HtmlPage;
import org.tadworkbench.publish.pdf.PdfRenderer;

/** A section with a captioned Markdown table comes out as a table in the HTML, the PDF and the DOCX. */
class MarkdownTableTests {

    private static final String BODY = """
            Before the table.

            Table 7.1: Parties and <b>roles</b>
            | Party | Role | Note |
            |---|:---:|---:|
            | Alpha Co | **Supplier** | see [web](https://example.org/x) |
            | Beta <script>alert(1)</script> | `code` & co | a \\| bar |

            After the table.
            """;

    private static AssembledDocument document() {
        DocumentVersion v = new DocumentVersion("1.0", VersionStatus.DRAFT, LocalDate.of(2020, 1, 2), null, "First draft.");
        DocumentManifest manifest = new DocumentManifest("t", "Test Document", "Owner Body", "Green", null, List.of(v));
        return new AssembledDocument(manifest, v, Applicability.BOTH, v.date(), "This document has a Classification of Green",
                List.of(v), List.of(new AssembledSection("7", "Tables", 1, Applicability.BOTH, "sec-7", BODY, false)),
                List.of(), List.of(), Map.of(), null);
    }

    @Test
    void htmlHasTableCaptionHeadingCellsAndEscapedText() {
        String html = HtmlPage.render(document(), true, RenderCache.none());
        int start = html.indexOf("<table class=\"md-table\">");
        String table = html.substring(start, html.indexOf("</table>", start));
        assertThat(table).contains("<caption>Table 7.1: Parties and &lt;b&gt;roles&lt;/b&gt;</caption>")
                .contains("<th scope=\"col\">Party</th>")
                .contains("<th scope=\"col\" class=\"align-center\">Role</th>")
                .contains("<td class=\"align-center\"><strong>Supplier</strong></td>")
                .contains("<a rel=\"nofollow\" href=\"https://example.org/x\">web</a>")
                .contains("Beta &lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("<code>code</code> &amp; co")
                .contains("a | bar")
                .doesNotContain("<script>");
        assertThat(html).doesNotContain("| Party |").contains("<p>After the table.</p>");
        assertThat(html).doesNotContain("<p>Table 7.1");
    }

    @Test
    void docxHasARealTableWithRepeatingHeaderUnderACaption() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(new DocxRenderer().render(document())))) {
            List<IBodyElement> body = doc.getBodyElements();
            XWPFTable table = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("Party")).findFirst().orElseThrow();
            IBodyElement before = body.get(body.indexOf(table) - 1);
            assertThat(before).isInstanceOfSatisfying(XWPFParagraph.class, p -> {
                assertThat(p.getStyle()).isEqualTo("Caption");
                assertThat(p.getText()).isEqualTo("Table 7.1: Parties and <b>roles</b>");
            });
            assertThat(table.getRows()).hasSize(3);
            XWPFTableRow header = table.getRow(0);
            assertThat(header.isRepeatHeader()).isTrue();
            assertThat(table.getRow(1).isRepeatHeader()).isFalse();
            assertThat(header.getTableCells()).extracting(c -> c.getText()).containsExactly("Party", "Role", "Note");
            assertThat(table.getRow(2).getTableCells()).extracting(c -> c.getText())
                    .containsExactly("Beta <script>alert(1)</script>", "code & co", "a | bar");
            var supplier = table.getRow(1).getCell(1).getParagraphs().get(0);
            assertThat(supplier.getRuns().get(0).isBold()).isTrue();
            assertThat(supplier.getAlignment().name()).isEqualTo("CENTER");
            assertThat(table.getRow(2).getCell(1).getParagraphs().get(0).getRuns().get(0).getStyle()).isEqualTo("CodeChar");
        }
    }

    @Test
    void pdfLaysTheCellsOutInRows() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(PdfRenderer.render(document()))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(pdf);
            assertThat(text).contains("Table 7.1: Parties and <b>roles</b>");
            assertThat(text.lines().map(String::strip)).contains("Party Role Note")
                    .anyMatch(l -> l.startsWith("Alpha Co") && l.contains("Supplier") && l.endsWith("see web"));
            assertThat(text).doesNotContain("| Party");
        }
    }
}
