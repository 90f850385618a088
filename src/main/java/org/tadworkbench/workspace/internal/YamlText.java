package org.tadworkbench.workspace.internal;

import java.io.StringReader;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Parses YAML into SnakeYAML's node tree, which keeps line numbers. Values are never constructed as Java objects
 * (no tags, no types), so hostile YAML cannot instantiate anything; aliases and size are bounded.
 */
public final class YamlText {

    private static final int MAX_CODE_POINTS = 256 * 1024 * 1024;

    private YamlText() {
    }

    /** The root node, or empty after reporting a one-line syntax error with its line. Empty text gives empty. */
    public static Optional<Node> parse(String text, ReadContext ctx) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setNestingDepthLimit(50);
        try {
            return Optional.ofNullable(new Yaml(options).compose(new StringReader(text)));
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

    private static String oneLine(String text) {
        return text == null ? "unreadable" : text.replaceAll("\\s+", " ").trim();
    }
}
