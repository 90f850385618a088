package org.tadworkbench.specdiff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadworkbench.SharedFolder;
import org.tadworkbench.intake.SpecFormat;
import org.tadworkbench.intake.SpecReaders;
import org.tadworkbench.spec.ClauseTree;

/**
 * Two real drafts of the IETF QUIC transport specification (29 and 34), in which sections were renamed, moved and
 * added: only real drafts show how far numbers, titles and text drift between versions, which generated outlines
 * cannot. Their {@code {#anchor}} marks stay stable across drafts, so they are the truth; they are removed before
 * the drafts are read, so that only the text can guide the alignment.
 */
class QuicDraftsAlignmentTests {

    private static final Pattern HEADING = Pattern.compile("^(#+)\\s+(.*?)\\s*(\\{#([^}]+)\\})?\\s*$");

    @TempDir
    Path tmp;

    @Test
    void nineInTenAnchoredClausesAlignAsTheirAnchorsPairThem() throws Exception {
        Path old = SharedFolder.require("fixtures/specs/quic-transport-draft-29.md");
        Path now = SharedFolder.require("fixtures/specs/quic-transport-draft-34.md");
        Map<String, String> oldTitles = anchoredTitles(old);
        Map<String, String> newTitles = anchoredTitles(now);

        SpecDiff diff = ClauseAligner.diff(read(old, "29"), read(now, "34"));

        Set<String> aligned = new HashSet<>();
        diff.changes().stream().filter(c -> c.from() != null && c.to() != null)
                .forEach(c -> aligned.add(fold(c.from().title()) + "\n" + fold(c.to().title())));
        List<String> anchors = oldTitles.keySet().stream().filter(newTitles::containsKey).sorted().toList();
        long hits = anchors.stream().filter(a -> aligned.contains(fold(oldTitles.get(a)) + "\n" + fold(newTitles.get(a)))).count();
        assertThat(anchors).hasSizeGreaterThan(100);
        assertThat((double) hits / anchors.size()).isGreaterThanOrEqualTo(0.9);
    }

    private ClauseTree read(Path draft, String version) throws Exception {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(draft)) {
            lines.add(line.startsWith("#") ? line.replaceAll("\\s*\\{#[^}]*\\}\\s*$", "") : line);
        }
        Path stripped = tmp.resolve("quic-" + version + ".md");
        Files.write(stripped, lines);
        return new ClauseTree("QUIC", version, stripped.getFileName().toString(),
                SpecReaders.of(SpecFormat.MD).read(stripped, stripped.getFileName().toString()).clauses());
    }

    /** Anchor to heading title, for titles that occur once in the draft (outside code blocks). */
    private static Map<String, String> anchoredTitles(Path draft) throws Exception {
        Map<String, String> byAnchor = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        boolean fence = false;
        for (String line : Files.readAllLines(draft)) {
            if (line.startsWith("~~~") || line.startsWith("```")) {
                fence = !fence;
                continue;
            }
            Matcher m = HEADING.matcher(line);
            if (!fence && m.matches()) {
                count.merge(fold(m.group(2)), 1, Integer::sum);
                if (m.group(4) != null) {
                    byAnchor.put(m.group(4), m.group(2));
                }
            }
        }
        byAnchor.values().removeIf(t -> count.get(fold(t)) > 1);
        return byAnchor;
    }

    private static String fold(String title) {
        return title.replaceAll("[`*_]", "").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
