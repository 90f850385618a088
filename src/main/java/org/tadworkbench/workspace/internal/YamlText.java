package org.tadworkbench.workspace.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Parses YAML into SnakeYAML's node tree, which keeps line numbers. Values are never constructed as Java objects
 * (no tags, no types), so hostile YAML cannot instantiate anything; aliases and size are bounded.
 */
public final class YamlText {

    private static final int MAX_CODE_POINTS = 256 * 1024 * 1024;

    /** Below this size a file is parsed in one piece; above it, a long top-level list is parsed in parts. */
    static final int SPLIT_THRESHOLD = 512 * 1024;
    /** Few parts: each is padded with the empty lines before it, which the scanner must skip. */
    private static final int PARTS = Math.max(2, Runtime.getRuntime().availableProcessors());

    /** A file that is one key holding a block sequence: {@code traces:} then {@code   - ...} items. */
    private static final Pattern LIST_FILE = Pattern.compile("\\A((?:#[^\\n]*\\n|[ \\t]*\\n)*)([A-Za-z_][\\w-]*):[ \\t]*\\n(?:[ \\t]*(?:#[^\\n]*)?\\n)*( *)- ");

    /** Building SnakeYAML's resolver compiles its patterns; it is read-only afterwards, so one serves every parse. */
    private static final Resolver RESOLVER = new Resolver();

    private YamlText() {
    }

    /** The root node, or empty after reporting a one-line syntax error with its line. Empty text gives empty. */
    public static Optional<Node> parse(String text, ReadContext ctx) {
        try {
            return Optional.ofNullable(compose(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 0 : ctx.fileLine(mark.getLine());
            String problem = e.getProblem() == null ? e.getContext() : e.getProblem();
            ctx.error(line, "yaml-syntax", "malformed YAML: " + oneLine(problem));
            return Optional.empty();
        } catch (YAMLException e) {
            ctx.error(0, "yaml-syntax", "malformed YAML: " + oneLine(e.getMessage()));
            return Optional.empty();
        }
    }

    /**
     * The same tree as {@link #parse}, faster for a large file that is one long list (traces.yaml of a big
     * workspace): the list is cut at its items, the parts are parsed on all cores and their items joined. Each part
     * is padded with empty lines so its nodes carry the file's own line numbers. Anything unexpected in a part (a
     * syntax error, an alias to another part, a second top-level key) falls back to parsing the whole text, so
     * findings and results are those of {@link #parse}.
     */
    public static Optional<Node> parseLarge(String text, ReadContext ctx) {
        List<int[]> parts = text.length() < SPLIT_THRESHOLD ? List.of() : listParts(text);
        if (parts.size() < 2) {
            return parse(text, ctx);
        }
        Matcher head = LIST_FILE.matcher(text);
        head.lookingAt();
        String header = head.group(2) + ":\n";
        List<Node> roots = IntStream.range(0, parts.size()).parallel().mapToObj(i -> {
            int[] part = parts.get(i);
            String chunk = i == 0 ? text.substring(0, part[1])
                    : header + "\n".repeat(part[2] - 1) + text.substring(part[0], part[1]);
            try {
                return compose(chunk);
            } catch (YAMLException e) {
                return null;
            }
        }).toList();
        SequenceNode joined = null;
        for (Node root : roots) {
            SequenceNode items = onlyList(root, head.group(2));
            if (items == null) {
                return parse(text, ctx);
            }
            if (joined == null) {
                joined = items;
            } else {
                joined.getValue().addAll(items.getValue());
            }
        }
        return Optional.of(roots.get(0));
    }

    private static Node compose(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setNestingDepthLimit(50);
        return new Composer(new ParserImpl(new StreamReader(text), options), RESOLVER, options).getSingleNode();
    }

    /** Part boundaries {start, end, startLine}: cuts at lines that begin a top-level list item. */
    private static List<int[]> listParts(String text) {
        Matcher head = LIST_FILE.matcher(text);
        if (!head.lookingAt()) {
            return List.of();
        }
        String item = "\n" + head.group(3) + "- ";
        List<int[]> parts = new ArrayList<>();
        int start = 0;
        int startLine = 0;
        int line = 0;
        int counted = 0;
        int at = head.end() - 2 - head.group(3).length();
        while (true) {
            int next = text.indexOf(item, Math.max(at, start + text.length() / PARTS));
            if (next < 0) {
                break;
            }
            int cut = next + 1;
            line += countLines(text, counted, cut);
            counted = cut;
            parts.add(new int[] {start, cut, startLine});
            start = cut;
            startLine = line;
            at = cut;
        }
        parts.add(new int[] {start, text.length(), startLine});
        return parts;
    }

    private static int countLines(String text, int from, int to) {
        int lines = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    /** The sequence under the root's single key, or null when the part is not shaped like that. */
    private static SequenceNode onlyList(Node root, String key) {
        if (root instanceof MappingNode mapping && mapping.getValue().size() == 1) {
            NodeTuple tuple = mapping.getValue().get(0);
            if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)
                    && tuple.getValueNode() instanceof SequenceNode items) {
                return items;
            }
        }
        return null;
    }

    private static String oneLine(String text) {
        return text == null ? "unreadable" : text.replaceAll("\\s+", " ").trim();
    }
}
