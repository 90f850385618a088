package org.tadworkbench.workspace.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Writes a tree of maps, lists and values as block-style YAML in one canonical form: two-space indent,
 * keys in the tree's order, strings plain when YAML would read them back as the same string and double-quoted
 * otherwise, multi-line text as literal blocks. Reading and writing a canonical file gives it back byte for byte.
 */
public final class CanonicalYaml {

    private static final Resolver RESOLVER = new Resolver();
    private static final Pattern NUMBER_LIKE = Pattern.compile("[-+.0-9].*");
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`~";

    private CanonicalYaml() {
    }

    public static String write(Map<String, Object> root) {
        StringBuilder out = new StringBuilder();
        writeMap(root, 0, out);
        return out.toString();
    }

    private static void writeMap(Map<String, Object> map, int indent, StringBuilder out) {
        for (Map.Entry<String, Object> entry : map.entrySet()) {
            if (entry.getValue() == null) {
                continue;
            }
            out.append(" ".repeat(indent)).append(entry.getKey()).append(':');
            writeValue(entry.getValue(), indent, out);
        }
    }

    @SuppressWarnings("unchecked")
    private static void writeValue(Object value, int indent, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append(" {}\n");
            } else {
                out.append('\n');
                writeMap((Map<String, Object>) map, indent + 2, out);
            }
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append(" []\n");
            } else {
                out.append('\n');
                writeList(list, indent + 2, out);
            }
        } else {
            out.append(' ');
            writeScalar(value, indent, out);
        }
    }

    @SuppressWarnings("unchecked")
    private static void writeList(List<?> list, int indent, StringBuilder out) {
        for (Object item : list) {
            out.append(" ".repeat(indent)).append("- ");
            if (item instanceof Map<?, ?> map && !map.isEmpty()) {
                StringBuilder nested = new StringBuilder();
                writeMap((Map<String, Object>) map, indent + 2, nested);
                out.append(nested.substring(indent + 2));
            } else if (item instanceof List<?> || item instanceof Map<?, ?>) {
                throw new IllegalArgumentException("nested lists are not part of the workspace format");
            } else {
                writeScalar(item, indent, out);
            }
        }
    }

    private static void writeScalar(Object value, int indent, StringBuilder out) {
        if (value instanceof BigDecimal number) {
            out.append(number.stripTrailingZeros().toPlainString());
        } else if (value instanceof Number || value instanceof Boolean || value instanceof LocalDate) {
            out.append(value);
        } else {
            String text = value.toString();
            if (isBlockText(text)) {
                out.append("|-\n");
                for (String line : text.split("\n", -1)) {
                    out.append(line.isEmpty() ? "" : " ".repeat(indent + 2) + line).append('\n');
                }
                return;
            }
            out.append(isPlainSafe(text) ? text : quote(text));
        }
        out.append('\n');
    }

    /** Multi-line text that a literal block keeps exactly: no tabs, no trailing blanks, no leading indent. */
    private static boolean isBlockText(String text) {
        if (!text.contains("\n") || text.endsWith("\n") || text.startsWith(" ") || text.startsWith("\n")) {
            return false;
        }
        for (String line : text.split("\n", -1)) {
            if (line.endsWith(" ") || line.chars().anyMatch(CanonicalYaml::isSpecial)) {
                return false;
            }
        }
        return true;
    }

    static boolean isPlainSafe(String text) {
        if (text.isEmpty() || text.strip().length() != text.length()) {
            return false;
        }
        if (INDICATORS.indexOf(text.charAt(0)) >= 0 || NUMBER_LIKE.matcher(text).matches()) {
            return false;
        }
        if (text.contains(": ") || text.contains(" #") || text.endsWith(":")) {
            return false;
        }
        if (text.chars().anyMatch(CanonicalYaml::isSpecial)) {
            return false;
        }
        return RESOLVER.resolve(NodeId.scalar, text, true).equals(Tag.STR);
    }

    /** Control characters, and the characters YAML reads as line breaks or byte-order marks. */
    private static boolean isSpecial(int c) {
        return c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xfeff;
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (isSpecial(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
