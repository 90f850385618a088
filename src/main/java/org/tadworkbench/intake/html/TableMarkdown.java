package org.tadworkbench.intake.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * An HTML table as Markdown: a GFM pipe table (first row as header) when every cell is a single cell, else an HTML
 * table that keeps the merged cells' colspan and rowspan, since a pipe table cannot show them.
 */
final class TableMarkdown {

    private TableMarkdown() {
    }

    private record Cell(String markdown, String text, int colspan, int rowspan, boolean header) {
    }

    static String of(Element table, InlineMarkdown.Footnotes footnotes) {
        List<List<Cell>> rows = new ArrayList<>();
        boolean merged = false;
        for (Element row : rowsOf(table)) {
            List<Cell> cells = new ArrayList<>();
            for (Element cell : row.children()) {
                if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                    continue;
                }
                int colspan = span(cell.attr("colspan"));
                int rowspan = span(cell.attr("rowspan"));
                merged |= colspan > 1 || rowspan > 1;
                cells.add(new Cell(cellMarkdown(cell, footnotes), cellText(cell), colspan, rowspan,
                        cell.normalName().equals("th")));
            }
            if (!cells.isEmpty()) {
                rows.add(cells);
            }
        }
        if (rows.isEmpty()) {
            return "";
        }
        return merged ? html(rows) : pipes(rows);
    }

    private static List<Element> rowsOf(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            switch (child.normalName()) {
                case "tr" -> rows.add(child);
                case "thead", "tbody", "tfoot" -> rows.addAll(child.children().stream()
                        .filter(r -> r.normalName().equals("tr")).toList());
                default -> {
                }
            }
        }
        return rows;
    }

    private static int span(String value) {
        try {
            return Math.max(1, Math.min(1000, Integer.parseInt(value.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** A cell's paragraphs as inline Markdown joined by {@code <br>}, pipes escaped. */
    private static String cellMarkdown(Element cell, InlineMarkdown.Footnotes footnotes) {
        List<String> parts = new ArrayList<>();
        for (Element block : leaves(cell)) {
            String text = InlineMarkdown.of(block, footnotes);
            if (!text.isBlank()) {
                parts.add(text.replace("\n", "<br>"));
            }
        }
        return String.join("<br>", parts).replace("|", "\\|");
    }

    private static String cellText(Element cell) {
        List<String> parts = new ArrayList<>();
        for (Element block : leaves(cell)) {
            StringBuilder text = new StringBuilder();
            HtmlBlocks.visibleText(block, text);
            String words = text.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
            if (!words.isEmpty()) {
                parts.add(Entities.escape(words));
            }
        }
        return String.join("<br>", parts);
    }

    /** The blocks of a cell that hold its text: its paragraphs, or the cell itself when it holds none. */
    private static List<Element> leaves(Element cell) {
        List<Element> blocks = cell.children().stream().filter(HtmlBlocks::isBlock).toList();
        if (blocks.isEmpty()) {
            return List.of(cell);
        }
        List<Element> leaves = new ArrayList<>();
        for (Element block : blocks) {
            leaves.addAll(block.normalName().equals("table") ? List.of(block) : leaves(block));
        }
        return leaves;
    }

    private static String pipes(List<List<Cell>> rows) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        StringBuilder s = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            s.append('|');
            for (int c = 0; c < columns; c++) {
                String text = c < rows.get(r).size() ? rows.get(r).get(c).markdown() : "";
                s.append(' ').append(text).append(text.isEmpty() ? "" : " ").append('|');
            }
            s.append('\n');
            if (r == 0) {
                s.append("|").append(" --- |".repeat(columns)).append('\n');
            }
        }
        return s.toString().stripTrailing();
    }

    private static String html(List<List<Cell>> rows) {
        StringBuilder s = new StringBuilder("<table>\n");
        for (List<Cell> row : rows) {
            s.append("<tr>");
            for (Cell cell : row) {
                String tag = cell.header() ? "th" : "td";
                s.append('<').append(tag);
                if (cell.colspan() > 1) {
                    s.append(" colspan=\"").append(cell.colspan()).append('"');
                }
                if (cell.rowspan() > 1) {
                    s.append(" rowspan=\"").append(cell.rowspan()).append('"');
                }
                s.append('>').append(cell.text()).append("</").append(tag).append('>');
            }
            s.append("</tr>\n");
        }
        return s.append("</table>").toString();
    }
}
