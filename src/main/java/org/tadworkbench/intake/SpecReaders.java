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
}
