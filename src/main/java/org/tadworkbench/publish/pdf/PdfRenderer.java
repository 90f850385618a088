package org.tadworkbench.publish.pdf;

import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import org.tadworkbench.publish.AssembledDocument;

/**
 * The document as PDF: the print XHTML laid out by openhtmltopdf with the bundled DejaVu fonts and the SVG
 * figures drawn as vectors; then stamped for reproducibility ({@link ReproduciblePdf}).
 */
public final class PdfRenderer {

    static final String PRODUCER = "TAD Workbench";
    private static final String FAMILY = "DejaVu Sans";

    static {
        // openhtmltopdf reports timings and font loads at INFO; a build prints only what needs attention.
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
    }

    private PdfRenderer() {
    }

    public static byte[] render(AssembledDocument doc) {
        String xhtml = PrintDocument.xhtml(doc);
        try (FigureDrawers figures = new FigureDrawers(doc.figures())) {
            return ReproduciblePdf.stamp(layout(xhtml, figures), doc, xhtml);
        }
    }

    /**
     * Any well-formed XHTML printed the way the TAD is (bundled fonts, vector SVG, no ligatures) and dated on
     * {@code day}: the one PDF pipeline of the workbench, also used by the monthly report.
     */
    public static byte[] print(String xhtml, String title, String author, String subject, java.time.LocalDate day) {
        return ReproduciblePdf.stamp(layout(xhtml), title, author, subject, day, xhtml);
    }

    /** Lays out well-formed XHTML; exposed to the package for tests of the print document. */
    static byte[] layout(String xhtml) {
        return layout(xhtml, null);
    }

    /** Lays out XHTML whose {@code <object>} elements the given factory draws (none when null). */
    static byte[] layout(String xhtml, FSObjectDrawerFactory objects) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            if (objects != null) {
                builder.useObjectDrawerFactory(objects);
            }
            builder.useFont(() -> font("DejaVuSans.ttf"), FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FAMILY, 700, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Oblique.ttf"), FAMILY, 400, FontStyle.ITALIC, true);
            builder.useFont(() -> font("DejaVuSans-Oblique.ttf"), FAMILY, 400, FontStyle.OBLIQUE, true);
            builder.withProducer(PRODUCER);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not lay out the PDF", e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String file) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font /fonts/" + file + " is missing from the build");
            }
            return new java.io.ByteArrayInputStream(FontWithoutLigatures.of(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read font " + file, e);
        }
    }
}
