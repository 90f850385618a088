package org.tadworkbench.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.springframework.stereotype.Component;
import org.tadworkbench.document.BodyLinks;
import org.tadworkbench.document.MarkdownDialect;
import org.tadworkbench.document.MarkdownText;
import org.tadworkbench.document.Picture;
import org.tadworkbench.document.Paragraphs;
import org.tadworkbench.publish.TableMarkup;
import org.tadworkbench.document.SectionNumber;

/**
 * Section bodies to HTML. Raw HTML in the text is escaped and unsafe link schemes (javascript: and the like) are
 * emptied, so the output is safe for th:utext. {@code section:4.2} links become links to the section page.
 * {@code ![Figure 4.2 Application Model](view:application-model)} becomes a figure: the view's SMETS2+ diagram,
 * the image's text as its caption, and a link to the view's page. {@code ![Figure 3 Caption](figures/figure-3.png)}
 * becomes a figure of that picture, served beside the section pages ({@code /figures/...}, or
 * {@code /versions/{v}/figures/...} for a version's text).
 */
@Component
class MarkdownRenderer {

    static final String SECTION_LINK = BodyLinks.SECTION_LINK;
    static final String VIEW_LINK = BodyLinks.VIEW_LINK;
    private static final Pattern VIEW_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final Parser parser = MarkdownDialect.parser().build();
    // Tables are written by publishing's renderer (caption, scoped header cells), not the tables extension's.
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .nodeRendererFactory(FigureRenderer::new).nodeRendererFactory(TableMarkup.renderer())
            .nodeRendererFactory(NumberRenderer::new).build();

    /**
     * {@code sectionsPath} is where section pages live, e.g. {@code /sections/} under the context path; view pages
     * are taken to live beside them, at {@code /model/views/}.
     */
    String toHtml(String markdown, String sectionsPath) {
        String root = sectionsPath.endsWith("sections/")
                ? sectionsPath.substring(0, sectionsPath.length() - "sections/".length()) : "/";
        return toHtml(markdown, sectionsPath, root + "model/views/");
    }

    /** {@code viewsPath} is where view pages live, e.g. {@code /model/views/} under the context path. */
    String toHtml(String markdown, String sectionsPath, String viewsPath) {
        return renderer.render(parse(markdown, sectionsPath, viewsPath));
    }

    /**
     * A section body with its paragraphs numbered as {@link Paragraphs} counts them: each numbered block is wrapped
     * in {@code <div class="para" id="p3">} with its number as a link to itself, and, when {@code commentHref} is
     * given (a format with one {@code %d} for the number), a link to comment on that paragraph.
     */
    String toNumberedHtml(String markdown, String sectionsPath, String viewsPath, String commentHref) {
        Node document = parse(markdown, sectionsPath, viewsPath);
        int number = 0;
        for (Node block : Paragraphs.of(document)) {
            NumberedBlock wrapper = new NumberedBlock(++number, commentHref == null ? null
                    : String.format(java.util.Locale.ROOT, commentHref, number));
            block.insertBefore(wrapper);
            wrapper.appendChild(block);
        }
        return renderer.render(document);
    }

    private Node parse(String markdown, String sectionsPath, String viewsPath) {
        Node document = parser.parse(markdown == null ? "" : markdown);
        TableMarkup.captionTables(document);
        document.accept(new Rewrites(sectionsPath, viewsPath));
        return document;
    }

    /** One numbered paragraph of a section body; its child is the block itself. */
    static final class NumberedBlock extends CustomBlock {

        final int number;
        final String commentHref;

        NumberedBlock(int number, String commentHref) {
            this.number = number;
            this.commentHref = commentHref;
        }
    }

    /** Writes a {@link NumberedBlock}: the anchor and visible number, the block, then the link to comment on it. */
    private static final class NumberRenderer implements NodeRenderer {

        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        NumberRenderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(NumberedBlock.class);
        }

        @Override
        public void render(Node node) {
            NumberedBlock block = (NumberedBlock) node;
            String id = "p" + block.number;
            html.line();
            Map<String, String> wrapper = new LinkedHashMap<>();
            wrapper.put("class", "para");
            wrapper.put("id", id);
            html.tag("div", wrapper);
            html.line();
            Map<String, String> number = new LinkedHashMap<>(); // attributes in a stable order: the page is the same every time
            number.put("class", "para__number");
            number.put("href", "#" + id);
            html.tag("a", number);
            html.tag("span", Map.of("class", "visually-hidden"));
            html.text("Paragraph ");
            html.tag("/span");
            html.text(String.valueOf(block.number));
            html.tag("/a");
            for (Node child = node.getFirstChild(); child != null; ) {
                Node next = child.getNext();
                context.render(child);
                child = next;
            }
            if (block.commentHref != null) {
                html.line();
                html.tag("p", Map.of("class", "para__comment"));
                html.tag("a", Map.of("href", context.encodeUrl(block.commentHref)));
                html.text("Comment on paragraph " + block.number);
                html.tag("/a");
                html.tag("/p");
            }
            html.line();
            html.tag("/div");
            html.line();
        }
    }

    /**
     * Rewrites section: links and view: images before rendering, so the sanitizer sees ordinary relative URLs.
     * A malformed section number or view id keeps its unknown scheme, which the sanitizer then empties.
     */
    private static final class Rewrites extends AbstractVisitor {

        private final String sectionsPath;
        private final String viewsPath;

        /** Where pictures are served for this text: beside the sections path (/figures/ or /versions/{v}/figures/). */
        private final String picturesRoot;

        Rewrites(String sectionsPath, String viewsPath) {
            this.sectionsPath = sectionsPath;
            this.viewsPath = viewsPath;
            this.picturesRoot = sectionsPath.endsWith("sections/")
                    ? sectionsPath.substring(0, sectionsPath.length() - "sections/".length()) : "/";
        }

        @Override
        public void visit(Link link) {
            String destination = link.getDestination();
            if (destination.startsWith(SECTION_LINK)) {
                String number = destination.substring(SECTION_LINK.length());
                if (SectionNumber.isWellFormed(number)) {
                    link.setDestination(sectionsPath + number);
                }
            }
            visitChildren(link);
        }

        /** A paragraph that holds nothing but one view image is the figure itself. */
        @Override
        public void visit(Paragraph paragraph) {
            Image only = soleViewImage(paragraph);
            if (only != null) {
                String view = viewId(only);
                paragraph.insertBefore(new ViewFigure(viewsPath + view + "/smets2plus.svg", viewsPath + view,
                        caption(only, view)));
                paragraph.unlink();
                return;
            }
            Image picture = solePicture(paragraph);
            if (picture != null) {
                String caption = MarkdownText.plain(picture).strip();
                paragraph.insertBefore(new ViewFigure(picturesRoot + picture.getDestination(), null,
                        caption.isEmpty() ? "Picture " + picture.getDestination() : caption));
                paragraph.unlink();
                return;
            }
            visitChildren(paragraph);
        }

        /** A view image inside running text cannot be a figure: it shows the diagram, linked to the view's page. */
        @Override
        public void visit(Image image) {
            if (Picture.isPicturePath(image.getDestination())) {
                image.setDestination(picturesRoot + image.getDestination());
                return;
            }
            String view = viewId(image);
            if (view != null) {
                image.setDestination(viewsPath + view + "/smets2plus.svg");
                if (!insideLink(image)) {
                    Link link = new Link(viewsPath + view, null);
                    image.insertBefore(link);
                    link.appendChild(image);
                }
            }
        }

        private static Image soleViewImage(Paragraph paragraph) {
            Image found = null;
            for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Image image && found == null && viewId(image) != null) {
                    found = image;
                } else if (!(child instanceof SoftLineBreak || child instanceof HardLineBreak
                        || child instanceof Text text && text.getLiteral().isBlank())) {
                    return null;
                }
            }
            return found;
        }

        private static Image solePicture(Paragraph paragraph) {
            Image found = null;
            for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Image image && found == null && Picture.isPicturePath(image.getDestination())) {
                    found = image;
                } else if (!(child instanceof SoftLineBreak || child instanceof HardLineBreak
                        || child instanceof Text text && text.getLiteral().isBlank())) {
                    return null;
                }
            }
            return found;
        }

        private static String viewId(Image image) {
            String destination = image.getDestination();
            if (!destination.startsWith(VIEW_LINK)) {
                return null;
            }
            String view = destination.substring(VIEW_LINK.length());
            return VIEW_ID.matcher(view).matches() ? view : null;
        }

        private static boolean insideLink(Node node) {
            for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
                if (parent instanceof Link) {
                    return true;
                }
            }
            return false;
        }

        /** The image's text as plain text, as the alt text would read; lint warns when it is empty. */
        private static String caption(Image image, String view) {
            String caption = MarkdownText.plain(image).strip();
            return caption.isEmpty() ? "Figure: view " + view : caption;
        }
    }

    /** A view (or a picture, which has no page: {@code pageUrl} null) embedded as a figure; its URLs go through the renderer's sanitizer. */
    static final class ViewFigure extends CustomBlock {

        final String imageUrl;
        final String pageUrl;
        final String caption;

        ViewFigure(String imageUrl, String pageUrl, String caption) {
            this.imageUrl = imageUrl;
            this.pageUrl = pageUrl;
            this.caption = caption;
        }
    }

    /** Writes a {@link ViewFigure}; HtmlWriter escapes the caption and every attribute value. */
    private static final class FigureRenderer implements NodeRenderer {

        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        FigureRenderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(ViewFigure.class);
        }

        @Override
        public void render(Node node) {
            ViewFigure figure = (ViewFigure) node;
            String image = figure.imageUrl;
            String page = figure.pageUrl;
            if (context.shouldSanitizeUrls()) {
                image = context.urlSanitizer().sanitizeImageUrl(image);
                page = page == null ? null : context.urlSanitizer().sanitizeLinkUrl(page);
            }
            html.line();
            html.tag("figure", Map.of("class", "view-figure"));
            html.line();
            Map<String, String> img = new LinkedHashMap<>();
            img.put("src", context.encodeUrl(image));
            img.put("alt", page == null ? figure.caption : figure.caption + " (SMETS2+ diagram)");
            html.tag("img", img, true);
            html.line();
            html.tag("figcaption");
            html.text(figure.caption);
            if (page != null) {
                html.text(" ");
                html.tag("a", Map.of("href", context.encodeUrl(page)));
                html.text("Open the figure: its SMETS1 variants and a description in words");
                html.tag("/a");
            }
            html.tag("/figcaption");
            html.line();
            html.tag("/figure");
            html.line();
        }
    }
}
