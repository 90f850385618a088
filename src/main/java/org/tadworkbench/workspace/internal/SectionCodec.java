package org.tadworkbench.workspace.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tadworkbench.document.Applicability;
import org.tadworkbench.document.Section;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A section file: YAML front matter between two {@code ---} lines, then the Markdown body.
 * The canonical file name is {@code <number>-<slug of title>.md}.
 */
public final class SectionCodec {

    private static final String FENCE = "---";

    private SectionCodec() {
    }

    /** Reads a section file; null (after reporting) when it cannot be read. */
    public static Section read(String text, ReadContext ctx) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals(FENCE)) {
            ctx.error(1, "front-matter", "section file must start with a '---' line opening its YAML front matter");
            return null;
        }
        int close = -1;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals(FENCE)) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            ctx.error(1, "front-matter", "front matter opened on line 1 is never closed by a '---' line");
            return null;
        }
        String yaml = String.join("\n", Arrays.copyOfRange(lines, 1, close)) + "\n";
        ReadContext fm = new ReadContext(ctx.file(), 1);
        Node node = YamlText.parse(yaml, fm).orElse(null);
        int bodyStart = close + 1;
        while (bodyStart < lines.length && lines[bodyStart].isBlank()) {
            bodyStart++;
        }
        String body = normaliseBody(String.join("\n", Arrays.copyOfRange(lines, Math.min(bodyStart, lines.length), lines.length)));
        Section section = null;
        if (node == null && fm.findings().isEmpty()) {
            fm.error(2, "front-matter", "front matter is empty: number, title and applicability are required");
        } else if (node != null) {
            section = frontMatter(node, fm, body, bodyStart + 1);
        }
        ctx.findings().addAll(fm.findings());
        ctx.locations().putAll(fm.locations());
        return section;
    }

    /** Reads front matter (from a file or from the database) and joins it to the body. */
    public static Section frontMatter(Node node, ReadContext ctx, String body, int bodyLine) {
        MapReader m = new MapReader(ctx, node, "section front matter",
                Set.of("number", "title", "applicability", "references", "elements"));
        Section section = new Section(m.required("number"), m.required("title"),
                m.enumValue("applicability", Applicability.class, null), m.strings("references"),
                m.strings("elements"), body);
        m.fieldLines().put("body", bodyLine);
        return m.locate(section) ? section : null;
    }

    public static Map<String, Object> frontMatter(Section section) {
        return Tree.map().put("number", section.number()).put("title", section.title())
                .put("applicability", section.applicability()).opt("references", section.references())
                .opt("elements", section.elements()).build();
    }

    public static String write(Section section) {
        String body = normaliseBody(section.body());
        return FENCE + "\n" + CanonicalYaml.write(frontMatter(section)) + FENCE + "\n" + (body.isEmpty() ? "" : "\n" + body);
    }

    /** Unix line ends, no blank lines before or after, one final newline (or nothing at all). */
    public static String normaliseBody(String body) {
        String text = body.replace("\r\n", "\n").replace('\r', '\n').stripTrailing().replaceFirst("^(?:[ \t]*\n)+", "");
        return text.isEmpty() ? "" : text + "\n";
    }

    public static String fileName(Section section) {
        String slug = section.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return section.number() + (slug.isEmpty() ? "" : "-" + slug) + ".md";
    }
}
