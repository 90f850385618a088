package org.tadworkbench.specdiff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tadworkbench.spec.ClauseTree;
import org.tadworkbench.specdiff.GeneratedSpecs.Node;

/**
 * Properties of the specification diff on generated clause trees (each test runs on several random outlines): one
 * known edit is made to a version, and the diff must report that edit as what it is and nothing else.
 */
class ClauseAlignerTests {

    private static final int CLAUSES = 60;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void aClauseInsertedAtTheFrontRenumbersTheOthersButChangesAndMovesNothing(long seed) {
        GeneratedSpecs gen = new GeneratedSpecs(seed);
        List<Node> old = gen.outline(CLAUSES);
        List<Node> edited = new ArrayList<>(old);
        Node inserted = new Node(1, gen.title(), gen.text());
        edited.add(0, inserted);

        SpecDiff diff = diff(old, edited);

        assertThat(diff.counts().get(ChangeKind.ADDED)).isEqualTo(1);
        assertThat(diff.changes().get(0).kind()).isEqualTo(ChangeKind.ADDED);
        assertThat(diff.changes().get(0).to().title()).isEqualTo(inserted.title());
        for (ClauseChange c : diff.changes().subList(1, diff.changes().size())) {
            assertThat(c.kind()).as(c.toNumber()).isEqualTo(ChangeKind.UNCHANGED);
            assertThat(c.from().title()).isEqualTo(c.to().title());
            assertThat(c.renumbered()).as(c.fromNumber() + " -> " + c.toNumber()).isTrue();
            assertThat(c.moved()).as(c.toNumber()).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16})
    void twoSwappedSiblingsAreMovedAndNothingElseIs(long seed) {
        GeneratedSpecs gen = new GeneratedSpecs(seed);
        List<Node> old = gen.outline(CLAUSES);
        // Two adjacent top-level clauses change places, each with its sub-clauses.
        List<Integer> tops = new ArrayList<>();
        for (int k = 0; k < old.size(); k++) {
            if (old.get(k).level() == 1) {
                tops.add(k);
            }
        }
        int pick = gen.nextInt(tops.size() - 1);
        int first = tops.get(pick);
        int second = tops.get(pick + 1);
        int end = GeneratedSpecs.subtreeEnd(old, second);
        List<Node> edited = new ArrayList<>(old.subList(0, first));
        edited.addAll(old.subList(second, end));
        edited.addAll(old.subList(first, second));
        edited.addAll(old.subList(end, old.size()));

        SpecDiff diff = diff(old, edited);

        List<String> moved = diff.changes().stream().filter(ClauseChange::moved).map(c -> c.to().title()).toList();
        assertThat(moved).hasSize(1).isSubsetOf(old.get(first).title(), old.get(second).title());
        assertThat(diff.changes()).allSatisfy(c -> assertThat(c.kind()).isEqualTo(ChangeKind.UNCHANGED));
        assertThat(diff.changes()).hasSize(old.size());
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24, 25})
    void aClauseMovedUnderAnotherParentIsMovedAndRenumbered(long seed) {
        GeneratedSpecs gen = new GeneratedSpecs(seed);
        List<Node> old = new ArrayList<>(gen.outline(CLAUSES));
        // The last clause becomes the first sub-clause of the first clause.
        Node last = old.get(old.size() - 1);
        List<Node> edited = new ArrayList<>(old.subList(0, old.size() - 1));
        edited.add(1, new Node(2, last.title(), last.text()));

        SpecDiff diff = diff(old, edited);

        ClauseChange change = changeOf(diff, last.title());
        assertThat(change.kind()).isEqualTo(ChangeKind.UNCHANGED);
        assertThat(change.moved()).isTrue();
        assertThat(change.renumbered()).isTrue();
        assertThat(diff.changes().stream().filter(ClauseChange::moved)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(longs = {31, 32, 33, 34, 35, 36})
    void aRewordedClauseIsReworded(long seed) {
        GeneratedSpecs gen = new GeneratedSpecs(seed);
        List<Node> old = gen.outline(CLAUSES);
        int k = gen.nextInt(old.size());
        Node target = old.get(k);
        String[] words = target.text().split(" ");
        for (int r = 0; r < 3; r++) {
            int w = 1 + gen.nextInt(words.length - 2);
            words[w] = words[w].contains("\n") ? words[w] : gen.word();
        }
        words[1] = "MAY";
        List<Node> edited = new ArrayList<>(old);
        edited.set(k, new Node(target.level(), target.title(), String.join(" ", words)));

        SpecDiff diff = diff(old, edited);

        ClauseChange change = changeOf(diff, target.title());
        assertThat(change.kind()).isEqualTo(ChangeKind.REWORDED);
        assertThat(change.renumbered()).isFalse();
        assertThat(change.similarity()).isBetween(0.6, 0.999);
        assertThat(change.textDiff()).anyMatch(s -> s.op() == DiffSegment.Op.INSERT && s.text().contains("MAY"));
        assertThat(change.textDiff()).anyMatch(s -> s.op() == DiffSegment.Op.DELETE);
        assertThat(diff.counts().get(ChangeKind.UNCHANGED)).isEqualTo(old.size() - 1);
    }

    @ParameterizedTest
    @ValueSource(longs = {41, 42, 43, 44})
    void reWrappedTextAndATitleInAnotherCaseAreCosmetic(long seed) {
        GeneratedSpecs gen = new GeneratedSpecs(seed);
        List<Node> old = gen.outline(CLAUSES);
        int a = gen.nextInt(old.size() / 2);
        int b = old.size() / 2 + gen.nextInt(old.size() / 2);
        List<Node> edited = new ArrayList<>(old);
        Node wrapped = old.get(a);
        edited.set(a, new Node(wrapped.level(), wrapped.title(), wrapped.text().replace("\n\n", "\u0000")
                .replace('\n', ' ').replace("\u0000", "\n\n").replace(". ", ".  ")));
        Node retitled = old.get(b);
        edited.set(b, new Node(retitled.level(), retitled.title().toUpperCase(Locale.ROOT), retitled.text()));

        SpecDiff diff = diff(old, edited);

        assertThat(changeOf(diff, wrapped.title()).kind()).isIn(ChangeKind.COSMETIC, ChangeKind.UNCHANGED);
        ClauseChange title = changeOf(diff, retitled.title().toUpperCase(Locale.ROOT));
        assertThat(title.kind()).isEqualTo(ChangeKind.COSMETIC);
        assertThat(title.from().title()).isEqualTo(retitled.title());
        assertThat(title.similarity()).isEqualTo(1.0);
        assertThat(diff.counts().get(ChangeKind.REWORDED)).isZero();
    }

    @ParameterizedTest
    @ValueSource(longs = {51, 52, 53, 54, 55})
    void aDeletedClauseIsRemovedWhereItStoodAndItsLaterSiblingsRenumbered(long seed) {
        GeneratedSpecs gen = new GeneratedSpecs(seed);
        List<Node> old = gen.outline(CLAUSES);
        // A leaf (no sub-clauses) somewhere after the start.
        int k = 1 + gen.nextInt(old.size() - 2);
        while (GeneratedSpecs.subtreeEnd(old, k) != k + 1) {
            k++;
        }
        List<Node> edited = new ArrayList<>(old);
        Node gone = edited.remove(k);

        SpecDiff diff = diff(old, edited);

        assertThat(diff.counts().get(ChangeKind.REMOVED)).isEqualTo(1);
        assertThat(diff.counts().get(ChangeKind.UNCHANGED)).isEqualTo(old.size() - 1);
        int at = diff.changes().indexOf(changeOf(diff, gone.title()));
        assertThat(diff.changes().get(at).kind()).isEqualTo(ChangeKind.REMOVED);
        assertThat(diff.changes().get(at - 1).to().title()).isEqualTo(old.get(k - 1).title());
        assertThat(diff.moved()).isZero();
    }

    @ParameterizedTest
    @ValueSource(longs = {61, 62, 63, 64})
    void aSplitClauseKeepsItsFirstHalfAndTheSecondIsAdded(long seed) {
        GeneratedSpecs gen = new GeneratedSpecs(seed);
        List<Node> old = new ArrayList<>(gen.outline(CLAUSES));
        int k = gen.nextInt(old.size());
        Node whole = old.get(k);
        String first = GeneratedSpecs.wrap(gen.sentence(60));
        String second = GeneratedSpecs.wrap(gen.sentence(30));
        old.set(k, new Node(whole.level(), whole.title(), first + "\n\n" + second));
        List<Node> edited = new ArrayList<>(old);
        edited.set(k, new Node(whole.level(), whole.title(), first));
        Node split = new Node(whole.level() + 1, gen.title(), second);
        edited.add(k + 1, split);

        SpecDiff diff = diff(old, edited);

        ClauseChange kept = changeOf(diff, whole.title());
        assertThat(kept.kind()).isEqualTo(ChangeKind.REWORDED);
        assertThat(kept.textDiff()).anyMatch(s -> s.op() == DiffSegment.Op.DELETE);
        assertThat(changeOf(diff, split.title()).kind()).isEqualTo(ChangeKind.ADDED);
        assertThat(diff.counts().get(ChangeKind.REMOVED)).isZero();
    }

    @ParameterizedTest
    @ValueSource(longs = {71, 72, 73})
    void aCrossReferenceRenumberedByTheAlignmentIsCosmeticAndAnyOtherIsNot(long seed) {
        GeneratedSpecs gen = new GeneratedSpecs(seed);
        List<Node> old = new ArrayList<>(gen.outline(CLAUSES));
        ClauseTree before = GeneratedSpecs.tree("1", old);
        String target = before.clauses().get(old.size() - 3).number();
        String title = old.get(1).title();
        String text = old.get(1).text();
        old.set(1, new Node(old.get(1).level(), title, text + "\n\nSee Section " + target + " and clause " + target + "."));
        List<Node> edited = new ArrayList<>(old);
        edited.add(0, new Node(1, gen.title(), gen.text()));
        ClauseTree after = GeneratedSpecs.tree("2", edited);
        String renumbered = after.clauses().get(old.size() - 3 + 1).number();
        edited.set(2, new Node(old.get(1).level(), title, text + "\n\nSee Section " + renumbered + " and clause " + renumbered + "."));

        ClauseChange right = changeOf(diff(old, edited), title);
        edited.set(2, new Node(old.get(1).level(), title, text + "\n\nSee Section " + target + " and clause " + renumbered + "."));
        ClauseChange wrong = changeOf(diff(old, edited), title);

        assertThat(renumbered).isNotEqualTo(target);
        assertThat(right.kind()).isEqualTo(ChangeKind.COSMETIC);
        assertThat(wrong.kind()).isEqualTo(ChangeKind.REWORDED);
    }

    private static SpecDiff diff(List<Node> older, List<Node> newer) {
        return ClauseAligner.diff(GeneratedSpecs.tree("1", older), GeneratedSpecs.tree("2", newer));
    }

    private static ClauseChange changeOf(SpecDiff diff, String title) {
        return diff.changes().stream().filter(c -> c.to() != null ? c.to().title().equals(title) : c.from().title().equals(title))
                .findFirst().orElseThrow(() -> new AssertionError("no change of clause '" + title + "'"));
    }
}
