package org.tadworkbench.publish.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.tadworkbench.publish.AssembledDocument;

/**
 * Makes a rendered PDF depend only on the document: creation and modification dates become the version's date
 * (midnight UTC), the producer is fixed, and the file identifier is a digest of the source instead of the clock,
 * so rebuilding a version gives the same bytes.
 */
final class ReproduciblePdf {

    private ReproduciblePdf() {
    }

    static byte[] stamp(byte[] pdf, AssembledDocument doc, String source) {
        return stamp(pdf, doc.fullTitle(), doc.manifest().owner(), doc.classificationMarking(), doc.date(), source);
    }

    /** Dates the PDF on {@code day} (not the clock) and derives its identifier from the source. */
    static byte[] stamp(byte[] pdf, String title, String author, String subject, java.time.LocalDate day, String source) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Calendar date = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
            date.clear();
            date.setTimeInMillis(day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
            PDDocumentInformation info = document.getDocumentInformation();
            info.setCreationDate(date);
            info.setModificationDate(date);
            info.setProducer(PdfRenderer.PRODUCER);
            info.setCreator(PdfRenderer.PRODUCER);
            info.setTitle(title);
            info.setAuthor(author);
            info.setSubject(subject);
            byte[] id = identifier(source);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            document.getDocument().getTrailer().setItem(COSName.ID, ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not stamp the PDF", e);
        }
    }

    /** A digest of the print source: the same text, figures and styles give the same identifier. */
    private static byte[] identifier(String source) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return Arrays.copyOf(digest.digest(source.getBytes(StandardCharsets.UTF_8)), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
