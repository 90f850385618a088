package org.tadworkbench.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.node.SourceSpan;

/**
 * What a section body points at: the views it embeds as figures ({@code ![caption](view:ID)}) and the sections it
 * links to ({@code [text](section:N)}), and the pictures it shows ({@code ![caption](figures/x.png)}, the id being the
 * path), each with its line within the body. The lint and the build checks both ask
 * this of every body; a body is parsed for it once per process (and not again while a watching build keeps it).
 */
public record BodyLinks(List<Target> figures, List<Target> sectionLinks, List<Target> pictures) {

    public static final String VIEW_LINK = "view:";
    public static final String SECTION_LINK = "section:";

    /** A view or section named by the body; {@code captioned} tells whether a figure has a caption. */
    public record Target(String id, int lineOffset, boolean captioned) {
    }

    private static final java.util.regex.Pattern PICTURE_IN_HTML = java.util.regex.Pattern.compile(
            "!\\[((?:[^\\]\\\\]|\\\\.)*)]\\((" + Picture.FOLDER + "[^)\\s]+)\\)");

    private static final Parser MARKDOWN = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    /** Bodies already looked at; cleared past four 5,000-section documents' worth, so a server stays small. */
    private static final Map<String, BodyLinks> SEEN = new ConcurrentHashMap<>();
    private static final int MAX_SEEN = 20_000;

    public BodyLinks {
        figures = List.copyOf(figures);
        sectionLinks = List.copyOf(sectionLinks);
        pictures = List.copyOf(pictures);
    }

    public static BodyLinks of(String body) {
        String text = body == null ? "" : body;
        BodyLinks known = SEEN.get(text);
        if (known != null) {
            return known;
        }
        if (SEEN.size() > MAX_SEEN) {
            SEEN.clear();
        }
        BodyLinks found = parse(text);
        SEEN.put(text, found);
        return found;
    }

    private static BodyLinks parse(String body) {
        List<Target> figures = new ArrayList<>();
        List<Target> sections = new ArrayList<>();
        List<Target> pictures = new ArrayList<>();
        MARKDOWN.parse(body).accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                if (image.getDestination().startsWith(VIEW_LINK)) {
                    figures.add(new Target(image.getDestination().substring(VIEW_LINK.length()), lineOf(image),
                            image.getFirstChild() != null));
                } else if (image.getDestination().startsWith(Picture.FOLDER)) {
                    pictures.add(new Target(image.getDestination(), lineOf(image), image.getFirstChild() != null));
                }
            }

            /** A picture in an HTML block (a table with merged cells, as the Word import writes one) is still shown there. */
            @Override
            public void visit(HtmlBlock html) {
                java.util.regex.Matcher m = PICTURE_IN_HTML.matcher(html.getLiteral());
                int line = lineOf(html);
                while (m.find()) {
                    int within = (int) html.getLiteral().substring(0, m.start()).chars().filter(c -> c == '\n').count();
                    pictures.add(new Target(m.group(2), line + within, !m.group(1).isBlank()));
                }
            }

            @Override
            public void visit(Link link) {
                if (link.getDestination().startsWith(SECTION_LINK)) {
                    sections.add(new Target(link.getDestination().substring(SECTION_LINK.length()), lineOf(link), true));
                }
                visitChildren(link);
            }
        });
        return new BodyLinks(figures, sections, pictures);
    }

    private static int lineOf(Node node) {
        return node.getSourceSpans().stream().map(SourceSpan::getLineIndex).findFirst().orElse(0);
    }
}
