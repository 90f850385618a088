package org.tadworkbench.publish.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.tadworkbench.document.Applicability;
import org.tadworkbench.document.DocumentManifest;
import org.tadworkbench.document.DocumentVersion;
import org.tadworkbench.document.VersionStatus;
import org.tadworkbench.publish.AssembledDocument;
import org.tadworkbench.publish.AssembledSection;

/** The Markdown features the reference workspace does not use (yet), on a small hand-made document. */
class DocxMarkdownTests {

    private static final String BODY = """
            Some **bold**, *italic* and `code` text, a [web link](https://example.org/tad) and a \
            [cross-reference](section:1.2) and a [dangling one](section:9.9).

            - first bullet
            - second bullet
              - nested bullet

            3. third
            4. fourth

            1) again from one (a new list: another delimiter)
            """;

    private static AssembledDocument document() {
        DocumentVersion v = new DocumentVersion("1.0", VersionStatus.DRAFT, LocalDate.of(2020, 1, 2), null, "First draft.");
        DocumentManifest manifest = new DocumentManifest("t", "Test Document", "Owner Body", "Green", null, List.of(v));
        return new AssembledDocument(manifest, v, Applicability.SMETS1, v.date(), "This document has a Classification of Green",
                List.of(v), List.of(
                        new AssembledSection("1", "One", 1, Applicability.BOTH, "sec-1", BODY, false),
                        new AssembledSection("1.2", "Two", 2, Applicability.SMETS1, "sec-1-2", "Text.", true),
                        new AssembledSection("1.2.1.1.1.1.1", "Deep", 7, Applicability.BOTH, "sec-1-2-1-1-1-1-1", "", false)),
                List.of(), List.of(), Map.of(), null);
    }

    @Test
    void markdownBecomesRunsListsAndLinks() throws IOException {
        byte[] bytes = new DocxRenderer().render(document());
        assertThat(new DocxRenderer().render(document())).isEqualTo(bytes);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            XWPFParagraph first = ps.stream().filter(p -> p.getText().startsWith("Some bold")).findFirst().orElseThrow();
            assertThat(run(first, "bold").isBold()).isTrue();
            assertThat(run(first, "italic").isItalic()).isTrue();
            assertThat(run(first, "code").getStyle()).isEqualTo("CodeChar");
            assertThat(first.getRuns()).filteredOn(r -> r instanceof XWPFHyperlinkRun).extracting(r -> r.text())
                    .containsExactly("web link", "cross-reference");
            XWPFHyperlinkRun web = (XWPFHyperlinkRun) run(first, "web link");
            assertThat(web.getHyperlink(doc).getURL()).isEqualTo("https://example.org/tad");
            assertThat(((XWPFHyperlinkRun) run(first, "cross-reference")).getAnchor()).isEqualTo("sec_1_2");
            assertThat(first.getText()).contains("a dangling one.");

            List<XWPFParagraph> items = ps.stream().filter(p -> p.getNumID() != null).toList();
            assertThat(items).extracting(XWPFParagraph::getText)
                    .containsExactly("first bullet", "second bullet", "nested bullet", "third", "fourth", "again from one (a new list: another delimiter)");
            assertThat(items.get(2).getNumIlvl().intValue()).isEqualTo(1);
            assertThat(items.get(0).getNumID()).isEqualTo(items.get(1).getNumID());
            assertThat(items.get(3).getNumID()).isNotEqualTo(items.get(5).getNumID());
            assertThat(doc.getNumbering().getNum(items.get(3).getNumID()).getCTNum().getLvlOverrideArray(0)
                    .getStartOverride().getVal().intValue()).isEqualTo(3);

            assertThat(ps).anySatisfy(p -> {
                assertThat(p.getStyle()).isEqualTo("VariationNote");
                assertThat(p.getText()).isEqualTo("Applies to SMETS1 only");
            });
            assertThat(ps).anySatisfy(p -> {
                assertThat(p.getStyle()).isEqualTo("Heading6");
                assertThat(p.getText()).isEqualTo("1.2.1.1.1.1.1 Deep");
            });
        }
    }

    private static XWPFRun run(XWPFParagraph p, String text) {
        return p.getRuns().stream().filter(r -> text.equals(r.text())).findFirst()
                .orElseThrow(() -> new AssertionError("no run '" + text + "' in " + p.getRuns().stream().map(XWPFRun::text).toList()));
    }
}
