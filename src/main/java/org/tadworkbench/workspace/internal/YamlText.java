package org.tadworkbench.workspace.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
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
    private static final int PART_CHARS = 256 * 1024;

    /** A file that is one key holding a block sequence: {@code traces:} then {@code   - ...} items. */
    private static final Pattern LIST_FILE = Pattern.compile("\\A((?:#[^\\n]*\\n|[ \\t]*\\n)*)([A-Za-z_][\\w-]*):[ \\t]*\\n(?:[ \\t]*(?:#[^\\n]*)?\\n)*( *)- ");

    /**
     * The workspace reads every value as text and only asks whether a scalar is null, so the resolver tells null
     * from text and nothing else: SnakeYAML's own one tries a regular expression on every plain scalar (about a
     * tenth of the time it takes to read a large traces.yaml). Read-only, so one serves every parse.
     */
    private static final Resolver RESOLVER = new Resolver() {
        @Override
        public Tag resolve(NodeId kind, String value, boolean implicit) {
            return switch (kind) {
                case scalar -> implicit && isNull(value) ? Tag.NULL : Tag.STR;
                case sequence -> Tag.SEQ;
                default -> Tag.MAP;
            };
        }
    };

    /** YAML 1.1's spellings of null, as SnakeYAML resolves them. */
    static boolean isNull(String plain) {
        return switch (plain) {
            case "", "~", "null", "Null", "NULL" -> true;
            default -> false;
        };
    }

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

    /** A piece of a long list file, parseable on its own: {@code lineOffset} maps its lines back to the file's. */
    public record Part(String yaml, int lineOffset) {
    }

    /**
     * A large file that is one key holding a long list (traces.yaml of a big workspace), cut at its items into
     * pieces of about {@value #PART_CHARS} characters, each led by the key so it parses on its own; empty when the
     * file is small or not shaped like that. Pieces can be parsed and read side by side, and each one's nodes are
     * garbage as soon as it is read, which keeps memory (and the collector's work) small.
     */
    public static List<Part> split(String text) {
        Matcher head = LIST_FILE.matcher(text);
        if (text.length() < SPLIT_THRESHOLD || !head.lookingAt()) {
            return List.of();
        }
        String header = head.group(2) + ":\n";
        String item = "\n" + head.group(3) + "- ";
        List<Part> parts = new ArrayList<>();
        int start = 0;
        int line = 0;
        while (start < text.length()) {
            int next = text.indexOf(item, Math.max(head.end() - 1, start + PART_CHARS));
            int end = next < 0 ? text.length() : next + 1;
            // A piece after the first gets the key as its line 0: its own first line is the file's line `line`.
            parts.add(start == 0 ? new Part(text.substring(0, end), 0) : new Part(header + text.substring(start, end), line - 1));
            line += countLines(text, start, end);
            start = end;
        }
        return parts;
    }

    /** The list under the root's only key when the root is exactly {@code key: [...]}; null otherwise. */
    public static List<Node> onlyList(Node root, String key) {
        if (root instanceof MappingNode mapping && mapping.getValue().size() == 1) {
            NodeTuple tuple = mapping.getValue().get(0);
            if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)
                    && tuple.getValueNode() instanceof SequenceNode items) {
                return items.getValue();
            }
        }
        return null;
    }

    /** The key of a file {@link #split} would cut, e.g. "traces". */
    public static String listKey(String text) {
        Matcher head = LIST_FILE.matcher(text);
        return head.lookingAt() ? head.group(2) : null;
    }

    private static Node compose(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setNestingDepthLimit(50);
        return new Composer(new ParserImpl(new StreamReader(text), options), RESOLVER, options).getSingleNode();
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

    private static String oneLine(String text) {
        return text == null ? "unreadable" : text.replaceAll("\\s+", " ").trim();
    }
}
