package org.tadworkbench.publish.docx;

import org.tadworkbench.publish.DiagramCache;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;

/**
 * A figure ready for Word: the SVG the model renderer drew, a PNG rendering of it (Batik) that every reader can
 * show, and its size in CSS pixels. Word 2016+ shows the SVG; LibreOffice and older readers fall back on the PNG.
 */
record FigureImage(byte[] svg, byte[] png, double widthPx, double heightPx) {

    /**
     * The PNG is drawn at 300 dpi of the size it takes on the page, but never smaller than the SVG's own size nor
     * larger than twice it: wide diagrams are shrunk to the text width, and Batik's time grows with the pixels.
     */
    static final double DPI = 300;

    private static final Pattern SVG_TAG = Pattern.compile("<svg\\b[^>]*>", Pattern.DOTALL);
    private static final Pattern WIDTH = Pattern.compile("\\swidth\\s*=\\s*\"([0-9.]+)(px)?\"");
    private static final Pattern HEIGHT = Pattern.compile("\\sheight\\s*=\\s*\"([0-9.]+)(px)?\"");
    private static final Pattern VIEW_BOX = Pattern.compile(
            "\\sviewBox\\s*=\\s*\"\\s*[-0-9.]+[\\s,]+[-0-9.]+[\\s,]+([0-9.]+)[\\s,]+([0-9.]+)\\s*\"");

    static {
        System.setProperty("java.awt.headless", "true");
    }

    /** {@code maxWidthInches}: the widest the figure may be on the page. */
    static FigureImage of(String svg, double maxWidthInches) {
        double[] size = sizeOf(svg);
        double onPage = Math.min(size[0] / 96.0, maxWidthInches);
        double pixels = Math.min(2 * size[0], Math.max(size[0], onPage * DPI));
        return new FigureImage(svg.getBytes(StandardCharsets.UTF_8), DiagramCache.get("pngio" + Math.round(pixels), svg, () -> png(svg, (float) Math.round(pixels))), size[0], size[1]);
    }

    /** Width and height in CSS pixels, from the root element's width/height or else its viewBox. */
    static double[] sizeOf(String svg) {
        Matcher tag = SVG_TAG.matcher(svg);
        if (!tag.find()) {
            throw new IllegalArgumentException("not an SVG document");
        }
        String root = tag.group();
        Matcher w = WIDTH.matcher(root);
        Matcher h = HEIGHT.matcher(root);
        if (w.find() && h.find()) {
            return new double[] {Double.parseDouble(w.group(1)), Double.parseDouble(h.group(1))};
        }
        Matcher box = VIEW_BOX.matcher(root);
        if (box.find()) {
            return new double[] {Double.parseDouble(box.group(1)), Double.parseDouble(box.group(2))};
        }
        return new double[] {600, 400};
    }

    /**
     * Batik draws the SVG; the JDK's PNG writer encodes it (Batik's own encoder tries every row filter in Java and
     * took three quarters of the time of a DOCX build with new figures; the JDK's is 3-4 times faster and smaller).
     */
    private static byte[] png(String svg, float width) {
        BufferedImage[] drawn = new BufferedImage[1];
        ImageTranscoder transcoder = new ImageTranscoder() {
            @Override
            public BufferedImage createImage(int w, int h) {
                return new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            }

            @Override
            public void writeImage(BufferedImage image, TranscoderOutput output) {
                drawn[0] = image;
            }
        };
        transcoder.addTranscodingHint(ImageTranscoder.KEY_WIDTH, width);
        transcoder.addTranscodingHint(ImageTranscoder.KEY_BACKGROUND_COLOR, java.awt.Color.WHITE);
        try {
            TranscoderInput input = new TranscoderInput(new StringReader(svg));
            input.setURI("file:///figure.svg");
            transcoder.transcode(input, null);
            BufferedImage opaque = new BufferedImage(drawn[0].getWidth(), drawn[0].getHeight(), BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = opaque.createGraphics();
            g.drawImage(drawn[0], 0, 0, null);
            g.dispose();
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            if (!ImageIO.write(opaque, "png", png)) {
                throw new IllegalStateException("this Java runtime has no PNG writer");
            }
            return png.toByteArray();
        } catch (TranscoderException | java.io.IOException e) {
            throw new IllegalStateException("cannot draw the figure as PNG: " + e.getMessage(), e);
        }
    }
}
