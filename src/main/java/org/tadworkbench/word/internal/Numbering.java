package org.tadworkbench.word.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tadworkbench.word.ListLabel;

/**
 * The numbering definitions (numbering.xml) and the running counters that turn them into the labels Word displays.
 * As Word does, counters belong to the abstract definition, so the w:num instances that share one continue one
 * sequence; an instance's startOverride restarts its level the first time the instance is used; using a level
 * restarts the deeper ones (unless their lvlRestart says otherwise); a level not yet used shows one less than its
 * start ("1.0.1" for a Heading 3 straight after a Heading 1).
 */
final class Numbering {

    static final int LEVELS = 9;

    record Level(int start, String format, String text, String pStyle, Integer restart, boolean legal) {
        static final Level NONE = new Level(1, "decimal", "", null, null, false);
    }

    private record Num(String abstractId, Map<Integer, Integer> startOverrides, Map<Integer, Level> levelOverrides) {
    }

    private static final class Abstract {
        final Level[] levels = new Level[LEVELS];
        String numStyleLink;
    }

    private static final class Counters {
        final int[] value = new int[LEVELS];
        final boolean[] started = new boolean[LEVELS];
    }

    private final Map<String, Abstract> abstracts = new HashMap<>();
    private final Map<String, Num> nums = new HashMap<>();
    private final Map<String, Counters> counters = new HashMap<>();
    private final Set<String> numsSeen = new HashSet<>();
    private Styles styles = Styles.empty();

    static Numbering empty() {
        return new Numbering();
    }

    static Numbering read(XMLStreamReader r) throws XMLStreamException {
        Numbering numbering = new Numbering();
        while (Xml.nextChild(r)) {
            switch (r.getLocalName()) {
                case "abstractNum" -> numbering.readAbstract(r);
                case "num" -> numbering.readNum(r);
                default -> Xml.skip(r);
            }
        }
        return numbering;
    }

    void useStyles(Styles styles) {
        this.styles = styles;
    }

    private void readAbstract(XMLStreamReader r) throws XMLStreamException {
        String id = Xml.attr(r, "abstractNumId");
        Abstract definition = new Abstract();
        while (Xml.nextChild(r)) {
            switch (r.getLocalName()) {
                case "lvl" -> {
                    Integer ilvl = Xml.intAttr(r, "ilvl");
                    Level level = readLevel(r);
                    if (ilvl != null && ilvl >= 0 && ilvl < LEVELS) {
                        definition.levels[ilvl] = level;
                    }
                }
                case "numStyleLink" -> {
                    definition.numStyleLink = Xml.val(r);
                    Xml.skip(r);
                }
                default -> Xml.skip(r);
            }
        }
        if (id != null) {
            abstracts.put(id, definition);
        }
    }

    private static Level readLevel(XMLStreamReader r) throws XMLStreamException {
        int start = 1;
        String format = "decimal";
        String text = null;
        String pStyle = null;
        Integer restart = null;
        boolean legal = false;
        while (Xml.nextChild(r)) {
            switch (r.getLocalName()) {
                case "start" -> start = orElse(Xml.intAttr(r, "val"), 1);
                case "numFmt" -> format = orElse(Xml.val(r), "decimal");
                case "lvlText" -> text = Xml.val(r);
                case "pStyle" -> pStyle = Xml.val(r);
                case "lvlRestart" -> restart = Xml.intAttr(r, "val");
                case "isLgl" -> legal = Xml.onOff(r);
                default -> { }
            }
            Xml.skip(r);
        }
        return new Level(start, format, text == null ? "" : text, pStyle, restart, legal);
    }

    private void readNum(XMLStreamReader r) throws XMLStreamException {
        String id = Xml.attr(r, "numId");
        String abstractId = null;
        Map<Integer, Integer> starts = new HashMap<>();
        Map<Integer, Level> levels = new HashMap<>();
        while (Xml.nextChild(r)) {
            switch (r.getLocalName()) {
                case "abstractNumId" -> {
                    abstractId = Xml.val(r);
                    Xml.skip(r);
                }
                case "lvlOverride" -> {
                    Integer ilvl = Xml.intAttr(r, "ilvl");
                    while (Xml.nextChild(r)) {
                        if (r.getLocalName().equals("startOverride") && ilvl != null) {
                            starts.put(ilvl, orElse(Xml.intAttr(r, "val"), 1));
                            Xml.skip(r);
                        } else if (r.getLocalName().equals("lvl") && ilvl != null) {
                            levels.put(ilvl, readLevel(r));
                        } else {
                            Xml.skip(r);
                        }
                    }
                }
                default -> Xml.skip(r);
            }
        }
        if (id != null && abstractId != null) {
            nums.put(id, new Num(abstractId, starts, levels));
        }
    }

    /** The abstract definition behind a num, following a numStyleLink to the numbering style that defines it. */
    private String abstractOf(String numId) {
        Num num = nums.get(numId);
        if (num == null) {
            return null;
        }
        String abstractId = num.abstractId();
        for (int guard = 0; guard < 4; guard++) {
            Abstract definition = abstracts.get(abstractId);
            if (definition == null || definition.numStyleLink == null) {
                return abstractId;
            }
            String linkedNum = styles.numId(definition.numStyleLink);
            Num linked = linkedNum == null ? null : nums.get(linkedNum);
            if (linked == null || linked.abstractId().equals(abstractId)) {
                return abstractId;
            }
            abstractId = linked.abstractId();
        }
        return abstractId;
    }

    /** Whether numId names a list (0 and unknown ids mean "no numbering"). */
    boolean exists(String numId) {
        return numId != null && nums.containsKey(numId) && abstracts.containsKey(abstractOf(numId));
    }

    /** The level of the list whose w:pStyle links it to the paragraph style, or -1. */
    int levelForStyle(String numId, String styleId) {
        if (styleId == null || !exists(numId)) {
            return -1;
        }
        Level[] levels = abstracts.get(abstractOf(numId)).levels;
        for (int i = 0; i < LEVELS; i++) {
            if (levels[i] != null && styleId.equals(levels[i].pStyle())) {
                return i;
            }
        }
        return -1;
    }

    private Level level(String numId, int ilvl) {
        Level override = nums.get(numId).levelOverrides().get(ilvl);
        if (override != null) {
            return override;
        }
        Level level = abstracts.get(abstractOf(numId)).levels[ilvl];
        return level == null ? Level.NONE : level;
    }

    /** Counts one more paragraph of list {@code numId} at level {@code ilvl} and returns the label Word shows. */
    ListLabel next(String numId, int ilvl) {
        int lvl = Math.max(0, Math.min(LEVELS - 1, ilvl));
        String abstractId = abstractOf(numId);
        Counters c = counters.computeIfAbsent(abstractId, k -> new Counters());
        Num num = nums.get(numId);
        if (numsSeen.add(numId)) {
            for (Map.Entry<Integer, Integer> start : num.startOverrides().entrySet()) {
                int at = start.getKey();
                if (at >= 0 && at < LEVELS) {
                    c.value[at] = start.getValue() - 1;
                    c.started[at] = true;
                }
            }
        }
        Level level = level(numId, lvl);
        c.value[lvl] = c.started[lvl] ? c.value[lvl] + 1 : level.start();
        c.started[lvl] = true;
        for (int deeper = lvl + 1; deeper < LEVELS; deeper++) {
            Integer restart = level(numId, deeper).restart();
            // lvlRestart n: restart after a level n (1-based) or shallower is used; 0: never restart.
            if (restart == null || (restart != 0 && lvl < restart)) {
                c.started[deeper] = false;
            }
        }
        String text = render(numId, level, c);
        return new ListLabel(numId, lvl, text, level.format(), c.value[lvl]);
    }

    private String render(String numId, Level level, Counters c) {
        String pattern = level.text();
        StringBuilder out = new StringBuilder(pattern.length() + 8);
        for (int i = 0; i < pattern.length(); i++) {
            char ch = pattern.charAt(i);
            if (ch == '%' && i + 1 < pattern.length() && pattern.charAt(i + 1) >= '1' && pattern.charAt(i + 1) <= '9') {
                int ref = pattern.charAt(i + 1) - '1';
                Level referenced = level(numId, ref);
                int value = c.started[ref] ? c.value[ref] : referenced.start() - 1;
                String format = level.legal() ? "decimal" : referenced.format();
                out.append(format(value, format));
                i++;
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    /** One counter value in a numFmt. */
    static String format(int value, String format) {
        return switch (format) {
            case "lowerLetter" -> letters(value).toLowerCase(Locale.ROOT);
            case "upperLetter" -> letters(value);
            case "lowerRoman" -> roman(value).toLowerCase(Locale.ROOT);
            case "upperRoman" -> roman(value);
            case "decimalZero" -> value < 10 && value >= 0 ? "0" + value : Integer.toString(value);
            case "none", "bullet" -> "";
            case "ordinal" -> value + ordinalSuffix(value);
            default -> Integer.toString(value);
        };
    }

    /** Word's letters: a..z, then aa..zz, aaa..: the letter repeated. */
    private static String letters(int value) {
        if (value <= 0) {
            return Integer.toString(value);
        }
        char letter = (char) ('A' + (value - 1) % 26);
        return String.valueOf(letter).repeat((value - 1) / 26 + 1);
    }

    private static String roman(int value) {
        if (value <= 0 || value >= 4000) {
            return Integer.toString(value);
        }
        int[] numbers = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        int rest = value;
        for (int i = 0; i < numbers.length; i++) {
            while (rest >= numbers[i]) {
                out.append(symbols[i]);
                rest -= numbers[i];
            }
        }
        return out.toString();
    }

    private static String ordinalSuffix(int value) {
        int tens = value % 100;
        if (tens >= 11 && tens <= 13) {
            return "th";
        }
        return switch (value % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    private static <T> T orElse(T value, T otherwise) {
        return value == null ? otherwise : value;
    }
}
