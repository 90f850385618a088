package org.tadworkbench.intake.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadworkbench.SharedFolder;
import org.tadworkbench.intake.Ingested;
import org.tadworkbench.intake.IntakeException;
import org.tadworkbench.spec.SpecClause;

/** Markdown specifications: literal numbers kept, kramdown-rfc drafts numbered as xml2rfc numbers them. */
class MarkdownSpecReaderTests {

    @TempDir
    Path tmp;

    private Ingested read(String markdown) throws IOException, IntakeException {
        Path file = tmp.resolve("spec.md");
        Files.writeString(file, markdown);
        return new MarkdownSpecReader().read(file, "spec.md");
    }

    private static List<String> labels(Ingested ingested) {
        return ingested.clauses().stream().map(c -> c.number() + "|" + c.title() + "|" + c.level()).toList();
    }

    @Test
    void literalNumbersAreKeptWithTheirOwnTextOnly() throws Exception {
        Ingested ingested = read("""
                Some words before any heading.

                # 1 Introduction

                ## 1.4.2 Service requests not available

                The central system shall not offer *Variant* 8.13.

                ### 1.4.2.1 Detail

                Deeper text.

                # 2 Service requests
                """);
        assertThat(labels(ingested)).containsExactly("1|Introduction|1", "1.4.2|Service requests not available|3",
                "1.4.2.1|Detail|4", "2|Service requests|1");
        assertThat(ingested.clauses().get(0).text()).isEmpty();
        assertThat(ingested.clauses().get(1).text()).isEqualTo("The central system shall not offer *Variant* 8.13.");
        assertThat(ingested.clauses().get(1).source()).isEqualTo("line 5");
        assertThat(ingested.unplaced()).singleElement()
                .satisfies(u -> assertThat(u.location()).isEqualTo("line 1"))
                .satisfies(u -> assertThat(u.what()).contains("before the first heading").contains("5 words"));
    }

    @Test
    void kramdownRfcDraftIsNumberedAsXml2rfcNumbersItAndItsAnchorsBecomeSources() throws Exception {
        Ingested ingested = read("""
                ---
                title: "A Protocol"
                docname: draft-example-00
                author:
                  - name: Somebody
                --- abstract

                This document defines a protocol.

                --- middle

                # Introduction

                {::boilerplate bcp14}

                # Streams {#streams}

                Streams are ordered.

                ~~~
                # not a heading, inside a fence
                ~~~

                ## Stream <code>Types</code> {#stream-id}

                ### Deeper

                Setext Heading
                --------------

                # Unnumbered Notes
                {:numbered="false"}

                ## Under an unnumbered one

                # Flow Control {#flow-control}

                --- back

                # Sample Algorithm {#sample}

                ## Decoding

                # Change Log
                """);
        assertThat(labels(ingested)).containsExactly("1|Introduction|1", "2|Streams|1", "2.1|Stream Types|2",
                "2.1.1|Deeper|3", "2.2|Setext Heading|2", "|Unnumbered Notes|1", "|Under an unnumbered one|2",
                "3|Flow Control|1", "A|Sample Algorithm|1", "A.1|Decoding|2", "B|Change Log|1");
        Map<String, SpecClause> byTitle = ingested.clauses().stream()
                .collect(Collectors.toMap(SpecClause::title, Function.identity()));
        assertThat(byTitle.get("Streams").source()).isEqualTo("#streams");
        assertThat(byTitle.get("Streams").text()).contains("# not a heading, inside a fence")
                .startsWith("Streams are ordered.");
        assertThat(byTitle.get("Introduction").text()).startsWith("The key words \"MUST\"").contains("BCP 14");
        assertThat(byTitle.get("Unnumbered Notes").text()).doesNotContain("numbered");
        assertThat(byTitle.get("Flow Control").text()).as("the back marker ends the middle's last clause").isEmpty();
        assertThat(ingested.unplaced()).extracting(Ingested.Unplaced::what)
                .anySatisfy(w -> assertThat(w).startsWith("front matter"))
                .anySatisfy(w -> assertThat(w).isEqualTo("abstract (5 words)"));
    }

    @Test
    void tablesAreCounted() throws Exception {
        Ingested ingested = read("""
                # 1 Values

                | Value | Meaning |
                |---|---|
                | 0 | none |
                """);
        assertThat(ingested.tables()).isEqualTo(1);
        assertThat(ingested.clauses().get(0).text()).contains("| 0 | none |");
    }

    // The real drafts of the IETF QUIC transport specification (kramdown-rfc), from ../shared, show the numbering
    // against a document people know: no made-up input has their size and mix of front matter, figures and anchors.
    @Test
    void quicDraftsAreNumberedAsTheirPublishedTexts() throws Exception {
        for (String draft : List.of("29", "34")) {
            // draft 29's back holds two sample algorithms before its change log, draft 34's one pseudocode appendix
            String changeLog = draft.equals("29") ? "C" : "B";
            Path source = SharedFolder.require("fixtures/specs/quic-transport-draft-" + draft + ".md");
            Path stripped = tmp.resolve("draft-" + draft + ".md");
            Files.write(stripped, Files.readAllLines(source).stream()
                    .map(l -> l.startsWith("#") ? l.replaceAll("\\s*\\{#[^}]*\\}\\s*$", "") : l).toList());
            Ingested anchored = new MarkdownSpecReader().read(source, source.getFileName().toString());
            Ingested plain = new MarkdownSpecReader().read(stripped, stripped.getFileName().toString());
            long headings = Files.readAllLines(source).stream().filter(l -> l.matches("#+ .*")).count();
            assertThat(plain.clauses()).hasSize((int) headings);
            assertThat(labels(plain)).isEqualTo(labels(anchored));
            assertThat(plain.clauses()).allSatisfy(c -> assertThat(c.title()).doesNotContain("{#"));
            assertThat(anchored.clauses()).anySatisfy(c -> assertThat(c.source()).isEqualTo("#streams"));
            Map<String, String> numbers = plain.clauses().stream()
                    .collect(Collectors.toMap(SpecClause::title, SpecClause::number, (a, b) -> a));
            assertThat(numbers.get("Streams")).isEqualTo("2");
            assertThat(numbers.get("Stream States")).isEqualTo("3");
            assertThat(numbers.get("Change Log")).isEqualTo(changeLog);
            assertThat(numbers.get("Contributors")).as("marked {:numbered=\"false\"}").isEmpty();
            assertThat(plain.unplaced()).extracting(Ingested.Unplaced::what)
                    .anySatisfy(w -> assertThat(w).startsWith("abstract"));
        }
    }

    // The made-up DUIS-like versions in ../shared are what the reference workspace's traces cite (§1.4.2); reading
    // them here shows that the clauses those traces name come out of intake with the numbers the traces use.
    @Test
    void duisLikeVersionsKeepTheirLiteralNumbers() throws Exception {
        Path older = SharedFolder.require("fixtures/specs/synthetic/duis-like-3.0d3.md");
        Path newer = SharedFolder.require("fixtures/specs/synthetic/duis-like-3.1.md");
        Ingested before = new MarkdownSpecReader().read(older, "duis-like-3.0d3.md");
        Ingested after = new MarkdownSpecReader().read(newer, "duis-like-3.1.md");
        assertThat(before.clauses()).extracting(SpecClause::number)
                .containsExactly("1", "1.1", "1.2", "1.3", "1.4", "1.4.1", "1.4.2", "1.4.3", "2", "2.1", "2.2");
        assertThat(after.clauses()).extracting(SpecClause::number).contains("1.4.4");
        assertThat(before.clauses().get(6).title()).isEqualTo("Service requests not available for SMETS1 Devices");
        assertThat(before.clauses().get(6).text()).startsWith("The central system shall not offer");
        assertThat(before.unplaced()).isEmpty();
    }
}
