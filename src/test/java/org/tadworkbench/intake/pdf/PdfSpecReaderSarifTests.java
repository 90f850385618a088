package org.tadworkbench.intake.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.tadworkbench.SharedFolder;
import org.tadworkbench.intake.Ingested;
import org.tadworkbench.spec.SpecClause;

/**
 * The OASIS SARIF 2.1 specification as LibreOffice printed it to a 224-page PDF. Only a real document shows whether
 * the reader copes with what a word processor writes (subset fonts, bookmarks, a 14-page table of contents, running
 * footers on every page), so this reads it from ../shared (never copied into the project) and scores the clauses
 * against the numbered headings Word wrote into its own HTML export of the same document.
 */
class PdfSpecReaderSarifTests {

    private static final Pattern HEADING = Pattern.compile("<h([1-9])[^>]*>(.*?)</h\\1>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBERED = Pattern.compile("^(\\d+(?:\\.\\d+)*)\\.?\\s+(.*)$", Pattern.DOTALL);

    @Test
    void findsTheNumberedHeadingsWordWroteAndNoPageFurniture() throws Exception {
        Path pdf = SharedFolder.require("fixtures/specs/sarif-v2.1-csd02.pdf");
        Path htm = SharedFolder.require("fixtures/specs/sarif-v2.1-csd02.htm");

        Ingested ingested = new PdfSpecReader().read(pdf, "sarif-v2.1-csd02.pdf");

        List<String[]> truth = headingsOf(htm);
        Set<String> found = new HashSet<>();
        for (SpecClause clause : ingested.clauses()) {
            found.add(clause.number() + "\u0000" + norm(clause.title()));
        }
        List<String> missing = truth.stream().filter(h -> !found.contains(h[0] + "\u0000" + norm(h[1])))
                .map(h -> h[0] + " " + h[1]).toList();
        assertThat(truth).hasSizeGreaterThan(500);
        assertThat(1.0 - (double) missing.size() / truth.size())
                .as("share of Word's numbered headings found; missing: %s", missing).isGreaterThanOrEqualTo(0.95);
        assertThat(ingested.clauses()).allSatisfy(clause -> assertThat(clause.text())
                .doesNotContain("Standards Track Draft").doesNotContainPattern("Page [0-9]+ of [0-9]+"));
    }

    /** The numbered headings of Word's HTML export: number and title, as the acceptance check reads them. */
    private static List<String[]> headingsOf(Path htm) throws IOException {
        String html = decode(Files.readAllBytes(htm));
        List<String[]> out = new ArrayList<>();
        Matcher heading = HEADING.matcher(html);
        while (heading.find()) {
            String words = Parser.unescapeEntities(heading.group(2).replaceAll("<[^>]+>", ""), false)
                    .replaceAll("\\s+", " ").strip();
            Matcher numbered = NUMBERED.matcher(words);
            if (numbered.matches()) {
                out.add(new String[] {numbered.group(1), numbered.group(2)});
            }
        }
        return out;
    }

    /** UTF-8 when the bytes are, else Windows-1252 (what Word writes when it declares nothing else). */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /** Titles compared after folding case, quotes, dashes, emphasis marks, white space and a trailing stop. */
    private static String norm(String text) {
        String folded = Parser.unescapeEntities(text == null ? "" : text, false)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u2013', '-').replace('\u2014', '-').replace('\u00a0', ' ')
                .replaceAll("[`*_]", "").replaceAll("\\s+", " ").strip();
        return folded.replaceAll("[.:]+$", "").strip().toLowerCase(Locale.ROOT);
    }
}
