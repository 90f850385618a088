package org.tadworkbench.redline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadworkbench.workspace.Workspace;

/** Section matching and word diffs on a workspace whose 2.0 snapshot differs from 3.0 in known ways. */
class RedlineTests {

    @TempDir
    static Path tmp;

    static Workspace ws;
    static Redline redline;

    @BeforeAll
    static void compare() throws Exception {
        ws = RedlineFixture.read(RedlineFixture.workspace(tmp));
        redline = Redline.compare(ws, "2.0", "3.0");
    }

    private static SectionChange section(String number) {
        return redline.sections().stream().filter(c -> number.equals(c.newNumber())).findFirst().orElseThrow();
    }

    @Test
    void changedSentenceIsAWordLevelDeletionAndInsertion() {
        SectionChange acb = section("4.2.3.1");
        assertThat(acb.kind()).isEqualTo(ChangeKind.CHANGED);
        assertThat(acb.body()).contains(new TextRun(RunKind.DELETED, "messages"), new TextRun(RunKind.INSERTED, "commands"));
        assertThat(acb.body().stream().filter(r -> r.kind() == RunKind.INSERTED).map(TextRun::text))
                .anySatisfy(t -> assertThat(t).startsWith("\n\nVersion 3.0 adds"));
        assertThat(acb.wordsDeleted()).isEqualTo(1);
        assertThat(acb.wordsInserted()).isGreaterThan(15);
        assertThat(acb.description()).contains("words inserted, 1 deleted");
    }

    @Test
    void renumberedSectionIsRecognisedNotRemovedAndAdded() {
        SectionChange versioning = section("5.7");
        assertThat(versioning.kind()).isEqualTo(ChangeKind.RENUMBERED);
        assertThat(versioning.oldNumber()).isEqualTo("5.6");
        assertThat(versioning.textChanged()).isFalse();
        assertThat(versioning.wordsInserted() + versioning.wordsDeleted()).isZero();
        assertThat(versioning.heading()).startsWith(new TextRun(RunKind.DELETED, "5.6"), new TextRun(RunKind.INSERTED, "5.7"));
        assertThat(versioning.description()).isEqualTo("renumbered from 5.6; text unchanged");
        assertThat(redline.sections()).noneMatch(c -> c.kind() == ChangeKind.REMOVED && c.title().equals("Message Versioning"));
    }

    @Test
    void sectionUnderAnotherParentIsMoved() {
        SectionChange mirroring = section("4.3.5");
        assertThat(mirroring.kind()).isEqualTo(ChangeKind.MOVED);
        assertThat(mirroring.oldNumber()).isEqualTo("4.2.7");
        assertThat(mirroring.oldParent()).isEqualTo("4.2");
        assertThat(mirroring.description()).startsWith("moved from parent 4.2 (was 4.2.7)");
    }

    @Test
    void addedAndRemovedSectionsAppearAsSuch() {
        assertThat(section("4.2.6").kind()).isEqualTo(ChangeKind.ADDED);
        assertThat(section("5.6").kind()).isEqualTo(ChangeKind.ADDED);
        assertThat(section("5.6").title()).isEqualTo("Globally Unique Identifiers");
        List<SectionChange> removed = redline.sections().stream().filter(c -> c.kind() == ChangeKind.REMOVED).toList();
        assertThat(removed).singleElement().satisfies(c -> {
            assertThat(c.oldNumber()).isEqualTo("4.2.8");
            assertThat(c.title()).isEqualTo(RedlineFixture.REMOVED_TITLE);
            assertThat(c.body()).allMatch(r -> r.kind() == RunKind.DELETED);
            assertThat(c.wordsDeleted()).isGreaterThan(10);
        });
        // shown where it stood in 2.0: after the new counterpart (4.3.5) of its 2.0 predecessor (4.2.7)
        int at = redline.sections().indexOf(removed.get(0));
        assertThat(redline.sections().get(at - 1).newNumber()).isEqualTo("4.3.5");
    }

    @Test
    void summaryCountsEveryKind() {
        RedlineSummary s = redline.summary();
        assertThat(s.count(ChangeKind.ADDED)).isEqualTo(2);
        assertThat(s.count(ChangeKind.REMOVED)).isEqualTo(1);
        assertThat(s.count(ChangeKind.RENUMBERED)).isEqualTo(1);
        assertThat(s.count(ChangeKind.MOVED)).isEqualTo(1);
        assertThat(s.count(ChangeKind.CHANGED)).isEqualTo(2); // 4.2.3.1 and 1.1 (the pasted text)
        assertThat(s.sections()).isEqualTo(ws.sections().size() + 1);
        assertThat(s.count(ChangeKind.UNCHANGED)).isEqualTo(ws.sections().size() + 1 - 7);
        assertThat(s.wordsInserted()).isEqualTo(redline.sections().stream().mapToInt(SectionChange::wordsInserted).sum());
    }

    @Test
    void sameInputGivesTheSameRedline() throws Exception {
        assertThat(Redline.compare(ws, "2.0", "3.0")).isEqualTo(redline);
    }

    @Test
    void aVersionWithoutTextOrUnknownIsRefused() {
        assertThatThrownBy(() -> Redline.compare(ws, "1.0", "3.0")).isInstanceOf(RedlineException.class)
                .hasMessageContaining("version 1.0 has no text")
                .satisfies(e -> assertThat(((RedlineException) e).unknownVersion()).isFalse());
        assertThatThrownBy(() -> Redline.compare(ws, "9.9", "3.0")).isInstanceOf(RedlineException.class)
                .satisfies(e -> assertThat(((RedlineException) e).unknownVersion()).isTrue());
    }

    @Test
    void defaultsAreLiveToCurrent() {
        assertThat(Redline.defaultFrom(ws.manifest())).contains("2.0");
        assertThat(Redline.defaultTo(ws.manifest())).contains("3.0");
    }
}
