package org.tadworkbench.report;

import java.time.LocalDate;
import org.tadworkbench.publish.Publisher;

/**
 * The report's XHTML as an A4 PDF, through the workbench's one PDF pipeline (bundled fonts, vector SVG, dated on the
 * report's status date so that the same month and plan give the same file).
 */
final class ReportPdf {

    private ReportPdf() {
    }

    static byte[] render(String xhtml, String title, String marking, LocalDate date) {
        return Publisher.printPdf(xhtml, title, "SECAS", marking, date);
    }
}
