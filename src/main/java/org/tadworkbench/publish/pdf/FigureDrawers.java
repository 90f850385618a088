package org.tadworkbench.publish.pdf;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxOutputDevice;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.Rectangle;
import java.awt.Shape;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.tadworkbench.publish.DiagramCache;
import org.tadworkbench.publish.Figure;
import org.tadworkbench.publish.html.Html;
import org.tadworkbench.publish.html.InlineSvg;
import org.w3c.dom.Element;

/**
 * The document's figures in the PDF. Each diagram is laid out once as a one-page PDF of its own (kept in the diagram
 * cache by content) and placed wherever the text shows it as one shared form XObject: a figure shown a hundred
 * times is drawn, and stored, once. The print XHTML marks a figure as {@code <object type="application/x-tad-figure"
 * data="VIEW-ID">}; one instance serves one layout and is closed after it.
 */
final class FigureDrawers implements FSObjectDrawerFactory, AutoCloseable {

    static final String TYPE = "application/x-tad-figure";

    /** Largest figure, in CSS pixels, that fits the A4 text block with room for its caption. */
    static final double MAX_WIDTH = 640;
    static final double MAX_HEIGHT = 760;

    private final Map<String, Figure> figures;
    private final Map<String, PDDocument> sources = new HashMap<>();
    private final Map<String, PDFormXObject> forms = new HashMap<>();

    /** Each figure's own one-page PDF, laid out side by side on the cores before the document needs them. */
    private final Map<String, byte[]> pages;

    FigureDrawers(Map<String, Figure> figures) {
        this.figures = figures;
        this.pages = figures.values().parallelStream().collect(Collectors.toConcurrentMap(Figure::viewId,
                figure -> DiagramCache.get("figure-pdf", figure.svg(), () -> PdfRenderer.layout(page(figure)))));
    }

    /** The markup placing a figure: an object element sized like the fitted diagram (inline SVG if it has no size). */
    static String markup(Figure figure) {
        String svg = InlineSvg.fitted(figure.svg(), "fig-" + Html.slug(figure.viewId()), MAX_WIDTH, MAX_HEIGHT);
        return InlineSvg.fittedSize(figure.svg(), MAX_WIDTH, MAX_HEIGHT).map(size -> String.format(Locale.ROOT,
                "<object type=\"%s\" data=\"%s\" style=\"display:inline-block;width:%.1fpx;height:%.1fpx\"></object>",
                TYPE, Html.escape(figure.viewId()), size[0], size[1])).orElse(svg);
    }

    @Override
    public boolean isReplacedObject(Element e) {
        return TYPE.equals(e.getAttribute("type")) && figures.containsKey(e.getAttribute("data"));
    }

    @Override
    public FSObjectDrawer createDrawer(Element e) {
        return isReplacedObject(e) ? this::draw : null;
    }

    private Map<Shape, String> draw(Element e, double x, double y, double width, double height, OutputDevice device,
                                    RenderingContext ctx, int dotsPerPixel) {
        PdfBoxOutputDevice pdf = (PdfBoxOutputDevice) device;
        PDFormXObject form = forms.computeIfAbsent(e.getAttribute("data"), view -> importForm(pdf.getWriter(), view));
        // The form measures in points; the layout in dots, dotsPerPixel to a CSS pixel of 0.75 pt.
        PDRectangle box = form.getBBox();
        float dotsPerPoint = dotsPerPixel / 0.75f;
        pdf.drawPdfAsImage(form, new Rectangle((int) x, (int) y, (int) width, (int) height),
                box.getWidth() * dotsPerPoint, box.getHeight() * dotsPerPoint);
        return null;
    }

    private PDFormXObject importForm(PDDocument target, String view) {
        try {
            PDDocument source = Loader.loadPDF(pages.get(view));
            sources.put(view, source);
            return new LayerUtility(target).importPageAsForm(source, 0);
        } catch (IOException ex) {
            throw new UncheckedIOException("could not place figure " + view + " in the PDF", ex);
        }
    }

    /** A page exactly the size of the fitted diagram, nothing else on it. */
    private static String page(Figure figure) {
        double[] size = InlineSvg.fittedSize(figure.svg(), MAX_WIDTH, MAX_HEIGHT).orElseThrow();
        return String.format(Locale.ROOT, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<head><style>@page { size: %.1fpx %.1fpx; margin: 0 } body { margin: 0 } svg { display: block }</style>"
                + "</head><body>%s</body></html>", size[0] + 1, size[1] + 1,
                InlineSvg.fitted(figure.svg(), "fig-" + Html.slug(figure.viewId()), MAX_WIDTH, MAX_HEIGHT));
    }

    @Override
    public void close() {
        for (PDDocument source : sources.values()) {
            try {
                source.close();
            } catch (IOException e) {
                // nothing left to do with a figure's source once the document is written
            }
        }
    }
}
