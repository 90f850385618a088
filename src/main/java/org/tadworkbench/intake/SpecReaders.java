package org.tadworkbench.intake;

import org.tadworkbench.intake.docx.DocxSpecReader;
import org.tadworkbench.intake.html.HtmlSpecReader;
import org.tadworkbench.intake.pdf.PdfSpecReader;
import org.tadworkbench.intake.text.MarkdownSpecReader;
import org.tadworkbench.intake.text.PlainTextSpecReader;

/** The reader for each form a specification comes in. */
public final class SpecReaders {

    private SpecReaders() {
    }

    public static SpecReader of(SpecFormat format) {
        return switch (format) {
            case DOCX -> new DocxSpecReader();
            case PDF -> new PdfSpecReader();
            case HTML -> new HtmlSpecReader();
            case MD -> new MarkdownSpecReader();
            case TXT -> new PlainTextSpecReader();
        };
    }

    /**
     * The clauses of a Word document already read (with tracked changes resolved as its reader was asked): a clause per
     * heading, numbered as Word shows it, its own text as Markdown. The import of a TAD from Word builds on it.
     */
    public static Ingested clausesOf(org.tadworkbench.word.WordDocument document) {
        return DocxSpecReader.clauses(document);
    }

    /** Whether a Word paragraph starts a clause: a heading with text, not the document's title or a contents entry. */
    public static boolean isHeading(org.tadworkbench.word.Paragraph paragraph) {
        return DocxSpecReader.isHeading(paragraph);
    }
}
