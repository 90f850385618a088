package org.tadworkbench.intake.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadworkbench.intake.Ingested;
import org.tadworkbench.spec.SpecClause;

/** Plain text in the RFC style: numbered headings at the margin, page furniture and the contents left out. */
class PlainTextSpecReaderTests {

    @TempDir
    Path tmp;

    private static final String RFC = """
            Internet Engineering Task Force (IETF)                   J. Iyengar, Ed.
            Request for Comments: 9000                                        Fastly
            Category: Standards Track                                M. Thomson, Ed.
            ISSN: 2070-1721                                                  Mozilla
                                                                            May 2021


                       QUIC: A UDP-Based Multiplexed and Secure Transport

            Abstract

               This document defines the core of the QUIC transport protocol.

            Status of This Memo

               This is an Internet Standards Track document.

            Table of Contents

               1.  Overview . . . . . . . . . . . . . . . . . . . . . . . . .   2
                 1.1.  Document Structure . . . . . . . . . . . . . . . . . .   2
               Appendix A.  Pseudocode  . . . . . . . . . . . . . . . . . . .   3

            1.  Overview

               QUIC is a secure general-purpose transport protocol.  This
               document defines version 1 of QUIC, which conforms to the



            Iyengar & Thomson            Standards Track                    [Page 1]
            \fRFC 9000           QUIC: A UDP-Based Multiplexed and Secure Transport   May 2021


               version-independent properties of QUIC.

            1.1.  Document Structure

               This document describes the core QUIC protocol.

               o  Streams are the basic service abstraction that QUIC
                  provides.



            Iyengar & Thomson            Standards Track                    [Page 2]
            \f
            RFC 9000           QUIC: A UDP-Based Multiplexed and Secure Transport   May 2021


            Appendix A.  Pseudocode

               The pseudocode in this section describes sample algorithms.

            A.1.  Sample Variable-Length Integer Decoding of a Length That
                  Wraps

               The pseudocode in Figure 1 shows how to read one.

                  ReadVarint(data):
                    v = data.next_byte()

            Contributors

               The original design and rationale behind this protocol draw
               significantly from work by Jim Roskind.
            """;

    @Test
    void rfcTextBecomesClausesWithoutItsPageFurniture() throws Exception {
        Path file = tmp.resolve("rfc9000.txt");
        Files.writeString(file, RFC);
        Ingested ingested = new PlainTextSpecReader().read(file, "rfc9000.txt");
        assertThat(ingested.clauses()).extracting(c -> c.number() + "|" + c.title() + "|" + c.level()).containsExactly(
                "1|Overview|1", "1.1|Document Structure|2", "A|Pseudocode|1",
                "A.1|Sample Variable-Length Integer Decoding of a Length That Wraps|2", "|Contributors|1");
        SpecClause overview = ingested.clauses().get(0);
        assertThat(overview.text()).as("the paragraph broken by the page is whole again").isEqualTo("""
                QUIC is a secure general-purpose transport protocol.  This
                document defines version 1 of QUIC, which conforms to the
                version-independent properties of QUIC.""");
        assertThat(overview.source()).isEqualTo("line 24");
        assertThat(ingested.clauses().get(1).text()).isEqualTo("""
                This document describes the core QUIC protocol.

                o  Streams are the basic service abstraction that QUIC
                   provides.""");
        assertThat(ingested.clauses().get(3).text())
                .endsWith("one.\n\n   ReadVarint(data):\n     v = data.next_byte()");
        String all = String.join("\n", ingested.clauses().stream().map(SpecClause::text).toList());
        assertThat(all).doesNotContain("[Page", "RFC 9000 ", "\f", ". . .");
        assertThat(ingested.unplaced()).extracting(Ingested.Unplaced::what).containsExactly(
                "front page (31 words)", "Abstract (10 words)", "Status of This Memo (7 words)");
        assertThat(ingested.unplaced()).extracting(Ingested.Unplaced::location)
                .containsExactly("line 1", "line 10", "line 14");
    }

    @Test
    void textWhoseBodyIsAtTheMarginTakesOnlyNumberedHeadings() throws Exception {
        Path file = tmp.resolve("plain.txt");
        Files.writeString(file, """
                1 Scope

                This text starts at the margin.

                Short line

                2 Terms

                More words.
                """);
        Ingested ingested = new PlainTextSpecReader().read(file, "plain.txt");
        assertThat(ingested.clauses()).extracting(SpecClause::label).containsExactly("1 Scope", "2 Terms");
        assertThat(ingested.clauses().get(0).text()).isEqualTo("This text starts at the margin.\n\nShort line");
    }
}
