package org.tadworkbench.workspace.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one YAML mapping against the workspace schema: known keys only, no duplicates, typed values.
 * Every problem is reported to the context with its line; the getters then return null or empty, and
 * {@link #hasErrors()} tells the caller to drop the half-read item.
 */
public final class MapReader {

    private final ReadContext ctx;
    private final String what;
    private final int line;
    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Map<String, Integer> fieldLines = new LinkedHashMap<>();
    private boolean errors;

    public MapReader(ReadContext ctx, Node node, String what, Set<String> keys) {
        this.ctx = ctx;
        this.what = what;
        this.line = ctx.fileLine(node.getStartMark().getLine());
        if (!(node instanceof MappingNode mapping)) {
            fail(line, "schema", what + " must be a mapping of keys to values");
            return;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            int keyLine = ctx.fileLine(tuple.getKeyNode().getStartMark().getLine());
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                fail(keyLine, "schema", what + ": keys must be plain words");
                continue;
            }
            String key = keyNode.getValue();
            if (!keys.contains(key)) {
                fail(keyLine, "schema", what + ": unknown field '" + key + "' (expected one of " + String.join(", ", keys) + ")");
            } else if (values.containsKey(key)) {
                fail(keyLine, "schema", what + ": field '" + key + "' given twice");
            } else {
                values.put(key, tuple.getValueNode());
                fieldLines.put(key, keyLine);
            }
        }
    }

    public int line() {
        return line;
    }

    public Map<String, Integer> fieldLines() {
        return fieldLines;
    }

    public boolean hasErrors() {
        return errors;
    }

    /** Records the item's place and says whether it was read cleanly. */
    public boolean locate(Object item) {
        ctx.locate(item, line, fieldLines);
        return !errors;
    }

    public String required(String key) {
        String value = optional(key);
        if (value == null && !errors) {
            missing(key);
        }
        return value;
    }

    public String optional(String key) {
        Node node = present(key);
        if (node == null) {
            return null;
        }
        if (!(node instanceof ScalarNode scalar)) {
            fail(lineOf(key), "schema", what + ": field '" + key + "' must be a single value");
            return null;
        }
        return scalar.getValue();
    }

    /** A required enum value when {@code absent} is null; otherwise optional, defaulting to {@code absent}. */
    public <E extends Enum<E>> E enumValue(String key, Class<E> type, E absent) {
        return enumCode(absent == null ? required(key) : optional(key), key, type, absent);
    }

    /** An optional enum value: null when absent. */
    public <E extends Enum<E>> E optionalEnum(String key, Class<E> type) {
        return enumCode(optional(key), key, type, null);
    }

    private <E extends Enum<E>> E enumCode(String code, String key, Class<E> type, E absent) {
        if (code == null) {
            return absent;
        }
        Optional<E> value = Codes.parse(type, code);
        if (value.isEmpty()) {
            fail(lineOf(key), "schema", what + ": " + key + " '" + code + "' is not one of " + Codes.allOf(type));
        }
        return value.orElse(absent);
    }

    public LocalDate date(String key, boolean required) {
        String text = required ? required(key) : optional(key);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            fail(lineOf(key), "schema", what + ": " + key + " '" + text + "' is not a date (YYYY-MM-DD)");
            return null;
        }
    }

    public BigDecimal decimal(String key, boolean required) {
        String text = required ? required(key) : optional(key);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            fail(lineOf(key), "schema", what + ": " + key + " '" + text + "' is not a number");
            return null;
        }
    }

    public Integer integer(String key, int min, int max) {
        String text = required(key);
        if (text == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(text);
            if (value < min || value > max) {
                fail(lineOf(key), "schema", what + ": " + key + " " + value + " is outside " + min + ".." + max);
            }
            return value;
        } catch (NumberFormatException e) {
            fail(lineOf(key), "schema", what + ": " + key + " '" + text + "' is not a whole number");
            return null;
        }
    }

    /** A list of single values; absent gives an empty list. */
    public List<String> strings(String key) {
        List<String> result = new ArrayList<>();
        for (Node item : sequence(key)) {
            if (item instanceof ScalarNode scalar && scalar.getTag() != Tag.NULL) {
                result.add(scalar.getValue());
            } else {
                fail(ctx.fileLine(item.getStartMark().getLine()), "schema", what + ": each entry of '" + key + "' must be a single value");
            }
        }
        return result;
    }

    /** A list of enum values; absent gives an empty list. */
    public <E extends Enum<E>> List<E> enumList(String key, Class<E> type) {
        List<E> result = new ArrayList<>();
        for (String code : strings(key)) {
            Optional<E> value = Codes.parse(type, code);
            if (value.isEmpty()) {
                fail(lineOf(key), "schema", what + ": " + key + " entry '" + code + "' is not one of " + Codes.allOf(type));
            } else {
                result.add(value.get());
            }
        }
        return result;
    }

    /** A list of mappings, each read by {@code item}; items that return null (unreadable) are left out. */
    public <T> List<T> list(String key, Function<Node, T> item) {
        List<T> result = new ArrayList<>();
        for (Node node : sequence(key)) {
            T value = item.apply(node);
            if (value != null) {
                result.add(value);
            }
        }
        return result;
    }

    /** The raw value of a field (null when absent), for values that are not a single scalar or list of scalars. */
    public Node node(String key) {
        return present(key);
    }

    /** Reports a problem with a field, at its line. */
    public void error(String key, String message) {
        fail(lineOf(key), "schema", what + ": " + message);
    }

    private List<Node> sequence(String key) {
        Node node = present(key);
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            fail(lineOf(key), "schema", what + ": field '" + key + "' must be a list");
            return List.of();
        }
        return sequence.getValue();
    }

    private Node present(String key) {
        Node node = values.get(key);
        return node == null || (node instanceof ScalarNode && node.getTag() == Tag.NULL) ? null : node;
    }

    private int lineOf(String key) {
        return fieldLines.getOrDefault(key, line);
    }

    private void missing(String key) {
        fail(line, "schema", what + ": missing required field '" + key + "'");
    }

    private void fail(int at, String code, String message) {
        errors = true;
        ctx.error(at, code, message);
    }
}
