package org.tadworkbench.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tadworkbench.mspdi.PlanChanges;

/**
 * The uploads kept between a dry run and its apply: only their uploader redeems them, for their workspace, until
 * they expire; a new dry run replaces the uploader's earlier one; the copies on disk go with them.
 */
class PendingPlanImportsTests {

    private final MovableClock clock = new MovableClock(LocalDate.of(2019, 6, 3));
    private final PendingPlanImports pending = new PendingPlanImports(clock);
    private static final PlanChanges NONE = new PlanChanges(List.of(), List.of());

    @AfterEach
    void cleanUp() {
        pending.forgetAll();
    }

    private PendingPlanImports.Pending keep(String user) throws Exception {
        return pending.keep(user, "sec-tad", "plan.xml", new ByteArrayInputStream("<Project/>".getBytes(StandardCharsets.UTF_8)),
                NONE);
    }

    @Test
    void onlyTheUploaderRedeemsTheTokenForTheWorkspaceItWasUploadedTo() throws Exception {
        PendingPlanImports.Pending kept = keep("pat");

        assertThat(pending.find(kept.token(), "pat", "sec-tad")).contains(kept);
        assertThat(Files.readString(kept.file())).isEqualTo("<Project/>");
        assertThat(pending.find(kept.token(), "ada", "sec-tad")).isEmpty();
        assertThat(pending.find(kept.token(), "pat", "other")).isEmpty();
        assertThat(pending.find("guessed", "pat", "sec-tad")).isEmpty();
        assertThat(pending.find(null, "pat", "sec-tad")).isEmpty();
    }

    @Test
    void aKeptUploadExpiresAndItsCopyIsDeleted() throws Exception {
        PendingPlanImports.Pending kept = keep("pat");

        clock.today(LocalDate.of(2019, 6, 4));

        assertThat(pending.find(kept.token(), "pat", "sec-tad")).isEmpty();
        assertThat(kept.file()).doesNotExist();
    }

    @Test
    void aNewDryRunReplacesTheUploadersEarlierOneButNotAnotherUsers() throws Exception {
        PendingPlanImports.Pending first = keep("pat");
        PendingPlanImports.Pending other = keep("ada");
        PendingPlanImports.Pending second = keep("pat");

        assertThat(pending.find(first.token(), "pat", "sec-tad")).isEmpty();
        assertThat(first.file()).doesNotExist();
        assertThat(pending.find(second.token(), "pat", "sec-tad")).contains(second);
        assertThat(pending.find(other.token(), "ada", "sec-tad")).contains(other);
        assertThat(second.token()).isNotEqualTo(first.token()).hasSizeGreaterThanOrEqualTo(40);
    }
}
