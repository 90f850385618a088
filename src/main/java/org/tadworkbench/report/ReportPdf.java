package org.tadworkbench.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.logging.Level;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Lays out the report's XHTML as an A4 PDF with openhtmltopdf: bundled DejaVu fonts, SVG figures drawn as vectors
 * by Batik; then sets the document information (title, subject = marking) and dates it on the report's status date
 * so that the same month and plan give the same file.
 */
final class ReportPdf {

    private static final String FAMILY = "DejaVu Sans";
    private static final String PRODUCER = "TAD Workbench";

    static {
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
    }

    private ReportPdf() {
    }

    static byte[] render(String xhtml, String title, String marking, LocalDate date) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 18);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.useFont(() -> font("DejaVuSans.ttf"), FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FAMILY, 700, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Oblique.ttf"), FAMILY, 400, FontStyle.ITALIC, true);
            builder.useFont(() -> font("DejaVuSans-Oblique.ttf"), FAMILY, 400, FontStyle.OBLIQUE, true);
            builder.withProducer(PRODUCER);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not lay out the report PDF", e);
        }
        return stamp(out.toByteArray(), title, marking, date, xhtml);
    }

    private static byte[] stamp(byte[] pdf, String title, String marking, LocalDate date, String source) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
            when.clear();
            when.setTimeInMillis(date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setSubject(marking);
            info.setAuthor("SECAS");
            info.setProducer(PRODUCER);
            info.setCreator(PRODUCER);
            info.setCreationDate(when);
            info.setModificationDate(when);
            byte[] id = digest(source);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            document.getDocument().getTrailer().setItem(COSName.ID, ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not finish the report PDF", e);
        }
    }

    /** The file identifier: a digest of the report source instead of the clock, so a rerun gives the same bytes. */
    private static byte[] digest(String source) {
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8)), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream font(String file) {
        InputStream in = ReportPdf.class.getResourceAsStream("/fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("font /fonts/" + file + " is missing from the build");
        }
        return in;
    }
}
