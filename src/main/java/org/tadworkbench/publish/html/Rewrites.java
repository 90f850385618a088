package org.tadworkbench.publish.html;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.tadworkbench.document.BodyLinks;
import org.tadworkbench.document.Picture;
import org.tadworkbench.document.SectionNumber;
import org.tadworkbench.publish.AssembledSection;

/**
 * Rewrites one section's Markdown tree before rendering: {@code section:N} links point at the section's anchor
 * (or become plain text when this build leaves the section out), a paragraph holding only a {@code view:} image
 * becomes a {@link FigureBlock}, one holding only a picture ({@code figures/...}) a {@link PictureBlock}, other images
 * become their text (a published page loads nothing from elsewhere),
 * a table's caption paragraph becomes its {@link TableCaption}, and the first mention of each defined term links to its glossary entry.
 */
final class Rewrites extends AbstractVisitor {

    static final String SECTION_LINK = BodyLinks.SECTION_LINK;
    static final String VIEW_LINK = BodyLinks.VIEW_LINK;

    private final Set<String> anchors;
    private final TermAnchors terms;
    private final Set<String> linkedTerms = new HashSet<>();
    private boolean insideLink;

    Rewrites(Set<String> anchors, TermAnchors terms) {
        this.anchors = anchors;
        this.terms = terms;
    }

    @Override
    public void visit(Link link) {
        String destination = link.getDestination();
        if (destination.startsWith(SECTION_LINK)) {
            String number = destination.substring(SECTION_LINK.length());
            String anchor = AssembledSection.anchorOf(number);
            if (SectionNumber.isWellFormed(number) && anchors.contains(anchor)) {
                link.setDestination("#" + anchor);
            } else {
                unwrap(link);
                return;
            }
        }
        insideLink = true;
        visitChildren(link);
        insideLink = false;
    }

    @Override
    public void visit(Heading heading) {
        // headings inside a body keep their text as written
    }

    @Override
    public void visit(Paragraph paragraph) {
        Image only = soleViewImage(paragraph);
        if (only != null) {
            paragraph.insertBefore(new FigureBlock(only.getDestination().substring(VIEW_LINK.length()), Captions.of(only)));
            paragraph.unlink();
            return;
        }
        Image picture = soleImage(paragraph, Picture.FOLDER);
        if (picture != null) {
            paragraph.insertBefore(new PictureBlock(picture.getDestination(), Captions.of(picture)));
            paragraph.unlink();
            return;
        }
        visitChildren(paragraph);
    }

    /** A table's caption paragraph moves inside the table, where the renderer writes it as {@code <caption>}. */
    @Override
    public void visit(CustomBlock block) {
        if (block instanceof TableBlock table) {
            TableCaption.attach(table);
        }
        visitChildren(block);
    }

    @Override
    public void visit(Image image) {
        image.insertBefore(new Text(Captions.of(image)));
        image.unlink();
    }

    @Override
    public void visit(Text text) {
        if (insideLink || terms.pattern() == null) {
            return;
        }
        String literal = text.getLiteral();
        Matcher m = terms.pattern().matcher(literal);
        int done = 0;
        Node anchor = text;
        while (m.find()) {
            if (!linkedTerms.add(m.group())) {
                continue;
            }
            Link link = new Link("#" + terms.anchor(m.group()), "Glossary: " + m.group());
            link.appendChild(new Text(m.group()));
            if (m.start() > done) {
                Text before = new Text(literal.substring(done, m.start()));
                anchor.insertAfter(before);
                anchor = before;
            }
            anchor.insertAfter(link);
            anchor = link;
            done = m.end();
        }
        if (done > 0) {
            if (done < literal.length()) {
                anchor.insertAfter(new Text(literal.substring(done)));
            }
            text.unlink();
        }
    }

    private static void unwrap(Link link) {
        Node child = link.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            link.insertBefore(child);
            child = next;
        }
        link.unlink();
    }

    private static Image soleViewImage(Paragraph paragraph) {
        return soleImage(paragraph, VIEW_LINK);
    }

    /** The paragraph's one image whose destination starts with {@code prefix}, when it holds nothing else. */
    private static Image soleImage(Paragraph paragraph, String prefix) {
        Image found = null;
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Image image && found == null && image.getDestination().startsWith(prefix)) {
                found = image;
            } else if (!(child instanceof SoftLineBreak || child instanceof HardLineBreak
                    || child instanceof Text t && t.getLiteral().isBlank())) {
                return null;
            }
        }
        return found;
    }
}
