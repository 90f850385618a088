package org.tadworkbench.publish.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.tadworkbench.document.MarkdownDialect;
import org.tadworkbench.document.Paragraphs;
import org.tadworkbench.document.ReviewAnchors;

/**
 * Turns a section's Markdown into Word paragraphs by walking the CommonMark tree: paragraphs, bold/italic/code runs,
 * bullet and numbered lists with real Word numbering, block quotes, code blocks, links (web links as external
 * hyperlinks, {@code section:} links as internal hyperlinks to the heading bookmarks), figures
 * ({@code ![caption](view:id)} on a paragraph of their own) and tables (Word tables with a repeated heading row,
 * their caption paragraph in the Caption style above them).
 */
final class MarkdownBlocks {

    private static final Parser PARSER = MarkdownDialect.parser().build();
    private static final int LIST_INDENT = 720;

    private final DocxBuilder out;

    MarkdownBlocks(DocxBuilder out) {
        this.out = out;
    }

    void write(String markdown) {
        blocks(PARSER.parse(markdown == null ? "" : markdown), 0, null);
    }

    /**
     * Writes a section's body with a bookmark at the start of each of its paragraphs as {@link Paragraphs} numbers
     * them ({@link ReviewAnchors#paragraph}), so that a comment in a returned copy names the paragraph it is on.
     */
    void writeAnchored(String sectionNumber, String markdown) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        List<Node> numbered = Paragraphs.of(document);
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            int n = indexOf(numbered, block);
            if (n >= 0) {
                out.anchorNext(ReviewAnchors.paragraph(sectionNumber, n + 1));
            }
            block(block, 0, null);
        }
        out.placeRemainingAnchors();
    }

    /** The position of {@code block} in {@code blocks} by identity (nodes do not define equality). */
    private static int indexOf(List<Node> blocks, Node block) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) == block) {
                return i;
            }
        }
        return -1;
    }

    /** Writes the block children of {@code parent}; inside a list item {@code level} > 0 and {@code quote} is null. */
    private void blocks(Node parent, int level, String style) {
        for (Node block = parent.getFirstChild(); block != null; block = block.getNext()) {
            block(block, level, style);
        }
    }

    private void block(Node block, int level, String style) {
        if (block instanceof Paragraph paragraph) {
            List<Image> figures = figuresOnly(paragraph);
            if (!figures.isEmpty()) {
                figures.forEach(image -> {
                    if (image.getDestination().startsWith("view:")) {
                        out.figure(image.getDestination().substring("view:".length()), altText(image));
                    } else {
                        out.picture(image.getDestination(), altText(image));
                    }
                });
                return;
            }
            if (MarkdownDialect.isCaption(paragraph)) {
                XWPFParagraph caption = out.paragraph("Caption");
                caption.setKeepNext(true); // Word's convention: a table's caption stands above it, on the same page
                inlines(paragraph, caption);
                return;
            }
            XWPFParagraph p = out.paragraph(style != null ? style : level > 0 ? "ListParagraph" : null);
            if (level > 0) {
                p.setIndentationLeft(LIST_INDENT * level);
            }
            inlines(paragraph, p);
        } else if (block instanceof Heading heading) {
            XWPFParagraph p = out.paragraph("Subheading");
            inlines(heading, p);
        } else if (block instanceof ListBlock list) {
            list(list, level);
        } else if (block instanceof BlockQuote quote) {
            blocks(quote, level, "Quote");
        } else if (block instanceof FencedCodeBlock code) {
            codeBlock(code.getLiteral());
        } else if (block instanceof IndentedCodeBlock code) {
            codeBlock(code.getLiteral());
        } else if (block instanceof HtmlBlock html) {
            XWPFParagraph p = out.paragraph(style);
            p.createRun().setText(html.getLiteral().strip());
        } else if (block instanceof ThematicBreak) {
            out.paragraph(style);
        } else if (block instanceof TableBlock table) {
            table(table);
        }
        // link reference definitions and anything unknown produce no output
    }

    private void list(ListBlock list, int level) {
        boolean ordered = list instanceof OrderedList;
        int start = list instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
        int numId = ordered ? out.orderedList(level, start) : DocxBuilder.BULLET_NUM_ID;
        if (!ordered) {
            out.useBullets();
        }
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            boolean first = true;
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Paragraph paragraph && first && figuresOnly(paragraph).isEmpty()) {
                    XWPFParagraph p = out.paragraph("ListParagraph");
                    p.setNumID(java.math.BigInteger.valueOf(numId));
                    p.setNumILvl(java.math.BigInteger.valueOf(level));
                    inlines(paragraph, p);
                } else if (child instanceof ListBlock nested) {
                    list(nested, level + 1);
                } else {
                    block(child, level + 1, null);
                }
                first = false;
            }
            if (item.getFirstChild() == null) {
                XWPFParagraph p = out.paragraph("ListParagraph");
                p.setNumID(java.math.BigInteger.valueOf(numId));
                p.setNumILvl(java.math.BigInteger.valueOf(level));
            }
        }
    }

    /** A Markdown table as a Word table: its head row is the repeated heading row, cells keep their formatting. */
    private void table(TableBlock table) {
        List<TableRow> rows = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (row instanceof TableRow r) {
                    rows.add(r);
                }
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        int[] widths = widths(rows);
        boolean header = rows.get(0).getParent() instanceof TableHead;
        XWPFTable grid = out.grid(widths, rows.size(), header);
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (Node n = rows.get(r).getFirstChild(); n != null && c < widths.length; n = n.getNext()) {
                if (n instanceof TableCell cell) {
                    XWPFParagraph p = DocxBuilder.cell(grid.getRow(r), c, widths[c], cell.isHeader());
                    if (cell.getAlignment() == TableCell.Alignment.CENTER) {
                        p.setAlignment(ParagraphAlignment.CENTER);
                    } else if (cell.getAlignment() == TableCell.Alignment.RIGHT) {
                        p.setAlignment(ParagraphAlignment.RIGHT);
                    }
                    inlines(cell, p);
                    c++;
                }
            }
            for (; c < widths.length; c++) {
                DocxBuilder.cell(grid.getRow(r), c, widths[c], r == 0 && header);
            }
        }
    }

    /** Column widths shared out over the text width by each column's longest text, within 8 to 40 characters. */
    private static int[] widths(List<TableRow> rows) {
        int columns = 0;
        for (TableRow row : rows) {
            int n = 0;
            for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
                n++;
            }
            columns = Math.max(columns, n);
        }
        int[] weight = new int[columns];
        for (TableRow row : rows) {
            int c = 0;
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext(), c++) {
                weight[c] = Math.max(weight[c], Math.min(40, Math.max(8, altText(cell).strip().length())));
            }
        }
        int total = java.util.Arrays.stream(weight).sum();
        int[] widths = new int[columns];
        int given = 0;
        for (int c = 0; c < columns; c++) {
            widths[c] = c == columns - 1 ? DocxBuilder.TEXT_WIDTH - given : DocxBuilder.TEXT_WIDTH * weight[c] / total;
            given += widths[c];
        }
        return widths;
    }

    private void codeBlock(String literal) {
        String text = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        for (String line : text.split("\n", -1)) {
            XWPFParagraph p = out.paragraph("CodeBlock");
            if (!line.isEmpty()) {
                p.createRun().setText(line);
            }
        }
    }

    /** The figures of a paragraph that holds nothing but {@code view:} and picture ({@code figures/}) images (and white space). */
    private static List<Image> figuresOnly(Paragraph paragraph) {
        List<Image> images = new ArrayList<>();
        for (Node n = paragraph.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Image image && image.getDestination() != null && (image.getDestination().startsWith("view:")
                    || image.getDestination().startsWith(org.tadworkbench.document.Picture.FOLDER))) {
                images.add(image);
            } else if (!(n instanceof SoftLineBreak || n instanceof HardLineBreak
                    || (n instanceof Text t && t.getLiteral().isBlank()))) {
                return List.of();
            }
        }
        return images;
    }

    private static String altText(Node node) {
        StringBuilder text = new StringBuilder();
        plainText(node, text);
        return text.toString();
    }

    private static void plainText(Node node, StringBuilder text) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                text.append(t.getLiteral());
            } else if (n instanceof Code c) {
                text.append(c.getLiteral());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                text.append(' ');
            } else {
                plainText(n, text);
            }
        }
    }

    // ---- inlines ----------------------------------------------------------------------------------------------

    private record Format(boolean bold, boolean italic, boolean code) {
        static final Format PLAIN = new Format(false, false, false);
    }

    private void inlines(Node parent, XWPFParagraph p) {
        Runs runs = new Runs(p::createRun);
        inlines(parent, p, runs, Format.PLAIN);
        runs.flush();
    }

    private void inlines(Node parent, XWPFParagraph p, Runs runs, Format format) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                runs.text(t.getLiteral(), format);
            } else if (n instanceof SoftLineBreak) {
                runs.text(" ", format);
            } else if (n instanceof HardLineBreak) {
                runs.flush();
                runs.newRun.get().addBreak();
            } else if (n instanceof Emphasis) {
                inlines(n, p, runs, new Format(format.bold(), true, format.code()));
            } else if (n instanceof StrongEmphasis) {
                inlines(n, p, runs, new Format(true, format.italic(), format.code()));
            } else if (n instanceof Code c) {
                runs.text(c.getLiteral(), new Format(format.bold(), format.italic(), true));
            } else if (n instanceof HtmlInline html) {
                runs.text(html.getLiteral(), format);
            } else if (n instanceof Image image) {
                runs.text(altText(image), format);
            } else if (n instanceof Link link) {
                runs.flush(); // the text before the link must be written before the link element is created
                Supplier<XWPFRun> target = out.hyperlink(p, link.getDestination());
                if (target == null) {
                    inlines(link, p, runs, format);
                } else {
                    Runs linkRuns = new Runs(() -> {
                        XWPFRun run = target.get();
                        run.setStyle("Hyperlink");
                        return run;
                    });
                    inlines(link, p, linkRuns, format);
                    linkRuns.flush();
                }
            } else {
                inlines(n, p, runs, format);
            }
        }
    }

    /** Collects text of one format and writes it as one run when the format changes. */
    private static final class Runs {
        private final Supplier<XWPFRun> newRun;
        private final StringBuilder text = new StringBuilder();
        private Format format = Format.PLAIN;

        Runs(Supplier<XWPFRun> newRun) {
            this.newRun = newRun;
        }

        void text(String more, Format of) {
            if (!of.equals(format)) {
                flush();
                format = of;
            }
            text.append(more);
        }

        void flush() {
            if (text.length() == 0) {
                return;
            }
            XWPFRun run = newRun.get();
            if (format.code()) {
                run.setStyle("CodeChar");
            }
            if (format.bold()) {
                run.setBold(true);
            }
            if (format.italic()) {
                run.setItalic(true);
            }
            run.setText(text.toString());
            text.setLength(0);
        }
    }
}
