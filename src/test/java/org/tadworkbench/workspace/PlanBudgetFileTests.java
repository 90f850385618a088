package org.tadworkbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tadworkbench.workspace.PlanYamlEdits.lineOf;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadworkbench.TestWorkspaces;
import org.tadworkbench.plan.BudgetLine;

/** plan.yaml's budget lines: shared and unstated lines read and write back unchanged; bad figures named by line. */
class PlanBudgetFileTests {

    @TempDir
    Path tmp;

    /** A copy of the reference workspace whose plan.yaml has {@code budget} (YAML, from "budget:") instead. */
    private Path withBudget(String budget) throws IOException {
        Path ws = TestWorkspaces.copyOfReference(tmp);
        PlanYamlEdits.replace(ws, "budget:\n", "actuals:\n", budget);
        return ws;
    }

    @Test
    void referencePlanHasAnUnstatedAndASharedLine() {
        List<BudgetLine> budget = new WorkspaceReader().read(TestWorkspaces.REFERENCE).workspace().plan().budget();

        assertThat(budget).extracting(BudgetLine::financialYear).containsExactly("2018/19", "2019/20");
        assertThat(budget.get(0).amountStated()).isFalse();
        assertThat(budget.get(0).wording()).isEqualTo("available unspent Project budget for this financial year");
        assertThat(budget.get(1).amount()).isEqualByComparingTo("75000");
        assertThat(budget.get(1).sharedWith()).isEqualTo("BAD SMETS1 update");
        assertThat(budget.get(1).roundedTo()).isNull();
    }

    @Test
    void everyBudgetFieldSurvivesWriteThenReadByteForByte() throws IOException {
        Path ws = withBudget("""
                budget:
                  - financialYear: "2018/19"
                    wording: available unspent project budget
                    note: Not stated.
                  - financialYear: "2019/20"
                    amount: 75000.5
                    roundedTo: 1000
                    sharedWith: BAD SMETS1 update
                    wording: combined budget of £75k
                    note: "Shared: the other part is not in this plan."
                """);
        ReadResult read = new WorkspaceReader().read(ws);
        assertThat(read.findings()).isEmpty();
        BudgetLine shared = read.workspace().plan().budget().get(1);
        assertThat(shared).isEqualTo(new BudgetLine("2019/20", new BigDecimal("75000.5"), new BigDecimal("1000"),
                "BAD SMETS1 update", "combined budget of £75k", "Shared: the other part is not in this plan."));

        Path again = tmp.resolve("again");
        new WorkspaceWriter().write(read.workspace(), again);
        ReadResult reread = new WorkspaceReader().read(again);

        assertThat(reread.workspace().plan().budget()).isEqualTo(read.workspace().plan().budget());
        assertThat(Files.readString(again.resolve("plan.yaml"))).isEqualTo(Files.readString(ws.resolve("plan.yaml")));
        assertThat(WorkspaceJson.plan(WorkspaceJson.plan(read.workspace().plan())))
                .as("the database keeps the plan as this JSON").isEqualTo(read.workspace().plan());
    }

    @Test
    void badBudgetFiguresAreReportedWithFileAndLine() throws IOException {
        Path ws = withBudget("""
                budget:
                  - financialYear: "2016/17"
                    note: neither an amount nor the source's words
                  - financialYear: "2017/18"
                    wording: not stated
                    roundedTo: 1000
                  - financialYear: "2018/19"
                    amount: 100.005
                  - financialYear: "2019/20"
                    amount: -5
                  - financialYear: "2020/21"
                    amount: 20000
                    roundedTo: 0
                  - financialYear: "2021/22"
                    amount: about 20k
                """);

        List<String> findings = new WorkspaceReader().read(ws).findings().stream()
                .map(f -> f.file() + ":" + f.line() + ": " + f.message()).toList();

        assertThat(findings).containsExactlyInAnyOrder(
                "plan.yaml:" + lineOf(ws, "2016/17") + ": budget line 2016/17: no amount: give the amount or, when the"
                        + " source does not state one, the source's wording (wording: ...)",
                "plan.yaml:" + lineOf(ws, "roundedTo: 1000") + ": budget line 2017/18: roundedTo needs an amount: a line"
                        + " whose amount is not stated has nothing to round",
                "plan.yaml:" + lineOf(ws, "100.005") + ": budget line 2018/19: amount 100.005 is not in whole pence",
                "plan.yaml:" + lineOf(ws, "amount: -5") + ": budget line 2019/20: amount -5 is negative",
                "plan.yaml:" + lineOf(ws, "roundedTo: 0") + ": budget line 2020/21: roundedTo 0 is not a positive amount"
                        + " in whole pence (the unit the source rounds to, such as 1000 for \"£75k\")",
                "plan.yaml:" + lineOf(ws, "about 20k") + ": budget line: amount 'about 20k' is not a number");
    }
}
