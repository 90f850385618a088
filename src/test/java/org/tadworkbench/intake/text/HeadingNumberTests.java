package org.tadworkbench.intake.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tadworkbench.intake.HeadingNumber;

/** Literal clause numbers split from heading text, and the numbers xml2rfc gives headings that hold none. */
class HeadingNumberTests {

    @Test
    void literalNumbersInTheFormsDocumentsWriteThem() {
        assertThat(HeadingNumber.split("3.14.23 results property"))
                .isEqualTo(new HeadingNumber("3.14.23", "results property"));
        assertThat(HeadingNumber.split("3.2.  Title")).isEqualTo(new HeadingNumber("3.2", "Title"));
        assertThat(HeadingNumber.split("1\u00a0\u00a0\u00a0\nIntroduction"))
                .isEqualTo(new HeadingNumber("1", "Introduction"));
        assertThat(HeadingNumber.split("Appendix A. (Informative) Acknowledgments"))
                .isEqualTo(new HeadingNumber("A", "(Informative) Acknowledgments"));
        assertThat(HeadingNumber.split("Appendix B: Change Log")).isEqualTo(new HeadingNumber("B", "Change Log"));
        assertThat(HeadingNumber.split("F.1 General")).isEqualTo(new HeadingNumber("F.1", "General"));
        assertThat(HeadingNumber.split("A.1.  Sample Decoding")).isEqualTo(new HeadingNumber("A.1", "Sample Decoding"));
        assertThat(HeadingNumber.split("A.1.  Sample Decoding").depth()).isEqualTo(2);
    }

    @Test
    void headingsWithoutANumberKeepTheirWholeText() {
        assertThat(HeadingNumber.split("0-RTT")).isEqualTo(new HeadingNumber("", "0-RTT"));
        assertThat(HeadingNumber.split("2019 Changes")).isEqualTo(new HeadingNumber("", "2019 Changes"));
        assertThat(HeadingNumber.split("A Note on Style")).isEqualTo(new HeadingNumber("", "A Note on Style"));
        assertThat(HeadingNumber.split("Appendices and annexes"))
                .isEqualTo(new HeadingNumber("", "Appendices and annexes"));
        assertThat(HeadingNumber.split("Contributors").depth()).isZero();
    }

    @Test
    void xml2rfcNumbersMiddleAndBackAndTakesASkippedLevelAsTheNextOne() {
        Xml2rfcNumbering numbering = new Xml2rfcNumbering();
        assertThat(numbering.next(1, true)).isEqualTo("1");
        assertThat(numbering.levelOf(3)).isEqualTo(2);
        assertThat(numbering.next(3, true)).isEqualTo("1.1");
        assertThat(numbering.next(2, true)).isEqualTo("1.2");
        assertThat(numbering.next(1, false)).isEmpty();
        assertThat(numbering.next(2, true)).as("under an unnumbered section").isEmpty();
        assertThat(numbering.next(1, true)).isEqualTo("2");
        numbering.startBack();
        assertThat(numbering.next(1, true)).isEqualTo("A");
        assertThat(numbering.next(2, true)).isEqualTo("A.1");
        assertThat(numbering.next(1, true)).isEqualTo("B");
    }
}
