package org.tadworkbench.intake.pdf;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the lines PDFBox finds on each page, with the positions and fonts of their glyphs, instead of writing
 * plain text.
 */
final class PdfLineStripper extends PDFTextStripper {

    /** A gap between two words wider than this many font sizes separates table cells, not words. */
    private static final float CELL_GAP = 1.5f;
    private static final int MAX_THREADS = 4;
    /** Fewer pages than this per thread are not worth opening the document again. */
    private static final int PAGES_PER_THREAD = 24;

    private final List<PdfLine> lines = new ArrayList<>();
    private final List<TextPosition> glyphs = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final Map<PDFont, Integer> fontKinds = new IdentityHashMap<>();
    private float pageHeight;

    private PdfLineStripper() {
        // PDFBox's own search for overprinted duplicates compares every glyph with every same glyph on the page,
        // which takes seconds on a table of contents full of dot leaders; a fake-bold overprint is dropped below
        // by comparing each glyph with the one before it instead.
        setSuppressDuplicateOverlappingText(false);
        setShouldSeparateByBeads(false);
    }

    /**
     * The lines of every page of {@code document} (opened from {@code file}), in reading order as PDFBox gives it.
     * A long document is split into runs of pages read at the same time, each from its own copy of the document
     * (PDFBox's documents are not for sharing between threads): on two cores that nearly halves the wait.
     */
    static List<PdfLine> lines(Path file, PDDocument document) throws IOException {
        int pages = document.getNumberOfPages();
        int parts = Math.min(Math.min(Runtime.getRuntime().availableProcessors(), MAX_THREADS),
                pages / PAGES_PER_THREAD);
        if (parts < 2) {
            return new PdfLineStripper().lines(document, 1, pages);
        }
        ExecutorService threads = Executors.newFixedThreadPool(parts - 1, runnable -> {
            Thread thread = new Thread(runnable, "pdf-text");
            thread.setDaemon(true);
            return thread;
        });
        try {
            int[] firstPages = split(document, parts);
            List<Future<List<PdfLine>>> rest = new ArrayList<>();
            for (int part = 1; part < parts; part++) {
                int first = firstPages[part];
                int last = firstPages[part + 1] - 1;
                rest.add(threads.submit(() -> {
                    try (PDDocument copy = Loader.loadPDF(file.toFile())) {
                        return new PdfLineStripper().lines(copy, first, last);
                    }
                }));
            }
            List<PdfLine> all = new ArrayList<>(new PdfLineStripper().lines(document, 1, firstPages[1] - 1));
            for (Future<List<PdfLine>> part : rest) {
                all.addAll(part.get());
            }
            return all;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the text", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(e.getCause());
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * The first page of each of {@code parts} runs of pages with about as much content each (by the length of
     * their content streams: a page of dot leaders costs more than a page of prose), and the page after the last.
     */
    private static int[] split(PDDocument document, int parts) {
        int pages = document.getNumberOfPages();
        long[] weight = new long[pages + 1];
        for (int page = 1; page <= pages; page++) {
            long length = 1;
            Iterator<PDStream> streams = document.getPage(page - 1).getContentStreams();
            while (streams.hasNext()) {
                length += Math.max(streams.next().getCOSObject().getLength(), 0);
            }
            weight[page] = weight[page - 1] + length;
        }
        int[] firsts = new int[parts + 1];
        firsts[0] = 1;
        firsts[parts] = pages + 1;
        int page = 1;
        for (int part = 1; part < parts; part++) {
            long share = weight[pages] * part / parts;
            while (page < pages && weight[page] < share) {
                page++;
            }
            firsts[part] = Math.min(pages, Math.max(page + 1, firsts[part - 1] + 1));
        }
        return firsts;
    }

    private List<PdfLine> lines(PDDocument document, int first, int last) throws IOException {
        lines.clear();
        setStartPage(first);
        setEndPage(last);
        writeText(document, Writer.nullWriter());
        return List.copyOf(lines);
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        super.startPage(page);
        pageHeight = page.getCropBox().getHeight();
    }

    @Override
    protected void writeString(String ignored, List<TextPosition> positions) {
        for (TextPosition glyph : positions) {
            TextPosition previous = glyphs.isEmpty() ? null : glyphs.get(glyphs.size() - 1);
            if (previous != null && overprints(previous, glyph)) {
                continue;
            }
            if (previous != null && text.length() > 0 && text.charAt(text.length() - 1) == ' '
                    && glyph.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj())
                    > CELL_GAP * Math.max(glyph.getFontSizeInPt(), 1f)) {
                text.setCharAt(text.length() - 1, '\t');
            }
            text.append(glyph.getUnicode() == null ? "" : glyph.getUnicode());
            glyphs.add(glyph);
        }
    }

    private static boolean overprints(TextPosition a, TextPosition b) {
        return a.getUnicode() != null && a.getUnicode().equals(b.getUnicode())
                && Math.abs(a.getXDirAdj() - b.getXDirAdj()) < Math.max(a.getWidthDirAdj(), 1f) * 0.3f
                && Math.abs(a.getYDirAdj() - b.getYDirAdj()) < Math.max(a.getFontSizeInPt(), 1f) * 0.3f;
    }

    @Override
    protected void writeWordSeparator() {
        if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
            text.append(' ');
        }
    }

    @Override
    protected void writeLineSeparator() {
        flush();
    }

    @Override
    protected void writePageEnd() {
        flush();
    }

    private void flush() {
        String line = text.toString().stripTrailing();
        if (!glyphs.isEmpty() && !line.isBlank()) {
            lines.add(describe(line));
        }
        glyphs.clear();
        text.setLength(0);
    }

    private PdfLine describe(String line) {
        float[] sizes = new float[4];
        int[] counts = new int[4];
        int kinds = 0;
        int visible = 0;
        int bold = 0;
        int mono = 0;
        float width = 0;
        for (TextPosition glyph : glyphs) {
            if (glyph.getUnicode() == null || glyph.getUnicode().isBlank()) {
                continue;
            }
            visible++;
            width += glyph.getWidthDirAdj();
            int kind = fontKind(glyph.getFont());
            bold += kind & BOLD;
            mono += (kind & MONO) >> 1;
            float size = Math.round(glyph.getFontSizeInPt() * 2) / 2f;
            int k = 0;
            while (k < kinds && sizes[k] != size) {
                k++;
            }
            if (k == kinds && kinds < sizes.length) {
                sizes[kinds++] = size;
            }
            if (k < sizes.length) {
                counts[k]++;
            }
        }
        int most = 0;
        for (int k = 1; k < kinds; k++) {
            if (counts[k] > counts[most]) {
                most = k;
            }
        }
        TextPosition first = glyphs.get(0);
        TextPosition last = glyphs.get(glyphs.size() - 1);
        int seen = Math.max(visible, 1);
        return new PdfLine(getCurrentPageNo(), pageHeight, first.getYDirAdj(), first.getXDirAdj(),
                last.getXDirAdj() + last.getWidthDirAdj(), kinds == 0 ? first.getFontSizeInPt() : sizes[most],
                bold * 10 >= seen * 9, mono * 10 >= seen * 9, width / seen, line);
    }

    private static final int BOLD = 1;
    private static final int MONO = 2;

    private int fontKind(PDFont font) {
        if (font == null) {
            return 0;
        }
        return fontKinds.computeIfAbsent(font, PdfLineStripper::kindOf);
    }

    private static int kindOf(PDFont font) {
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        PDFontDescriptor descriptor = font.getFontDescriptor();
        boolean bold = name.contains("bold") || name.contains("black") || name.contains("heavy")
                || name.contains("demi") || descriptor != null
                && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600);
        boolean mono = name.contains("mono") || name.contains("courier") || name.contains("consol")
                || descriptor != null && descriptor.isFixedPitch();
        return (bold ? BOLD : 0) | (mono ? MONO : 0);
    }
}
