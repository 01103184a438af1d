package org.yusuan.workbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.workbench.domain.budget.BasicExpenditureLine;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.budget.ProjectLine;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.service.SampleBudget;

/** Single edits as the workstation makes them: committed one by one, ids kept across undo. */
class BudgetEditsTest {

    @TempDir
    Path dir;
    private Path file;

    @BeforeEach
    void createSample() {
        file = dir.resolve("budget.mv.db");
        try (BudgetDatabase db = BudgetDatabase.open(file)) {
            SampleBudget.createIn(db);
        }
    }

    @Test
    void editInsertDeleteAndRestoreBasicLines() {
        try (BudgetDatabase db = BudgetDatabase.open(file)) {
            Budget before = db.budgets().load().orElseThrow();
            BasicExpenditureLine third = before.basicLines().get(2);

            db.edits().replaceBasicLines(List.of(third), List.of(amount(third, "1.01")));
            List<BasicExpenditureLine> added = db.edits().replaceBasicLines(List.of(),
                    List.of(amount(third.withId(0), "2.02")));
            db.edits().replaceBasicLines(List.of(before.basicLines().get(0)), List.of());

            Budget after = db.budgets().load().orElseThrow();
            assertThat(after.basicLines()).hasSize(before.basicLines().size());
            assertThat(after.basicLines().get(1)).isEqualTo(amount(third, "1.01"));
            assertThat(added.get(0).id()).isGreaterThan(before.basicLines().get(before.basicLines().size() - 1).id());
            assertThat(after.basicLines().get(after.basicLines().size() - 1)).isEqualTo(added.get(0));

            // Undoing the deletion puts the line back with its id, so back at the top.
            db.edits().replaceBasicLines(List.of(), List.of(before.basicLines().get(0)));
            assertThat(db.budgets().load().orElseThrow().basicLines().get(0)).isEqualTo(before.basicLines().get(0));
        }
    }

    @Test
    void theDivisionCodeAndTheExplanationsAreKeptAcrossReopening() {
        try (BudgetDatabase db = BudgetDatabase.open(file)) {
            assertThat(db.budgets().load().orElseThrow().department().divisionCode()).as("not entered yet").isEmpty();
            db.edits().updateDepartment(db.budgets().load().orElseThrow().department().withDivisionCode("140404"));
            db.edits().setExplanation("F.missing@PROJECT||012002-008|0|0|", "由主管部门统一填报。");
            db.edits().setExplanation("W.x@DEPARTMENT||||0|0|", "临时");
            db.edits().setExplanation("W.x@DEPARTMENT||||0|0|", null);
        }
        try (BudgetDatabase db = BudgetDatabase.open(file)) {
            assertThat(db.budgets().load().orElseThrow().department().divisionCode()).isEqualTo("140404");
            assertThat(db.edits().explanations())
                    .containsExactly(java.util.Map.entry("F.missing@PROJECT||012002-008|0|0|", "由主管部门统一填报。"));
        }
    }

    @Test
    void aFailingEditChangesNothing() {
        try (BudgetDatabase db = BudgetDatabase.open(file)) {
            Budget before = db.budgets().load().orElseThrow();
            BasicExpenditureLine first = before.basicLines().get(0);
            BasicExpenditureLine ofUnknownUnit = new BasicExpenditureLine(0, "999999", first.functionCode(),
                    first.departmentalEconomicCode(), null, first.source(), first.amount(), null, first.fundYear(), null);

            assertThatThrownBy(() -> db.edits().replaceBasicLines(List.of(first), List.of(ofUnknownUnit)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(db.budgets().load()).contains(before);
        }
    }

    @Test
    void aProjectEditKeepsItsFormAndADeletionTakesItAlong() {
        try (BudgetDatabase db = BudgetDatabase.open(file)) {
            Budget before = db.budgets().load().orElseThrow();
            Project project = before.projects().stream().filter(p -> before.formOf(p.code()).isPresent())
                    .findFirst().orElseThrow();
            List<ProjectLine> lines = new ArrayList<>(project.lines());
            lines.add(new ProjectLine(0, "2040202", "30231", lines.get(0).source(), Yuan.parse("5000"), null));
            Project edited = new Project(project.id(), project.code(), project.unitCode(), project.name() + "（调整）",
                    project.category(), project.attribute(), project.period(), project.fundYear(),
                    project.procurement(), project.note(), lines);

            Project stored = db.edits().replaceProject(project, edited);

            Budget after = db.budgets().load().orElseThrow();
            assertThat(stored.lines()).hasSize(project.lines().size() + 1);
            assertThat(after.project(project.code()).orElseThrow()).isEqualTo(stored);
            assertThat(after.formOf(project.code())).isEqualTo(before.formOf(project.code()));

            db.edits().replaceProject(stored, null);
            Budget deleted = db.budgets().load().orElseThrow();
            assertThat(deleted.project(project.code())).isEmpty();
            assertThat(deleted.formOf(project.code())).isEmpty();
            assertThat(deleted.forms()).hasSize(before.forms().size() - 1);
        }
    }

    @Test
    void aCommittedEditSurvivesTheProcessBeingKilled() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                EditThenHangMain.class.getName(), file.toString(), "12345.67").redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("COMMITTED"));
            assertThat(line).as("child committed its edit").isEqualTo("COMMITTED");
        }
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no close
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

        try (BudgetDatabase db = BudgetDatabase.open(file)) {
            assertThat(db.budgets().load().orElseThrow().basicLines().get(0).amount()).isEqualTo(Yuan.parse("12345.67"));
        }
    }

    private static BasicExpenditureLine amount(BasicExpenditureLine l, String yuan) {
        return new BasicExpenditureLine(l.id(), l.unitCode(), l.functionCode(), l.departmentalEconomicCode(),
                l.governmentEconomicOverride(), l.source(), Yuan.parse(yuan), l.expenseKindOverride(), l.fundYear(),
                l.note());
    }

    @Test
    void aBackupCopyIsAFullBudgetFileTakenWhileTheOriginalStaysOpen() throws Exception {
        Path copy = dir.resolve("copies/备份.mv.db");
        Budget original;
        try (BudgetDatabase db = BudgetDatabase.open(file)) {
            original = db.budgets().load().orElseThrow();
            db.backupTo(copy);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.backupTo(file))
                    .hasMessageContaining("正在使用的预算文件");
        }
        try (BudgetDatabase backup = BudgetDatabase.open(copy)) {
            assertThat(backup.budgets().load()).contains(original);
        }
    }
}
