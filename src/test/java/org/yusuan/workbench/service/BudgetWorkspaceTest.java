package org.yusuan.workbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.workbench.calc.DisclosureTables;
import org.yusuan.workbench.domain.budget.BasicExpenditureLine;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.FundYear;
import org.yusuan.workbench.domain.budget.FundingSource;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.store.BudgetDatabase;

/** Edits commit, show in the tables, undo and redo — and the file always says what the screen says. */
class BudgetWorkspaceTest {

    @TempDir
    Path dir;
    private BudgetDatabase db;
    private BudgetWorkspace workspace;
    private final AtomicInteger notifications = new AtomicInteger();

    @BeforeEach
    void open() {
        db = BudgetDatabase.open(dir.resolve("budget.mv.db"));
        SampleBudget.createIn(db);
        workspace = new BudgetWorkspace(db, db.budgets().load().orElseThrow());
        workspace.addListener(notifications::incrementAndGet);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anAddedLineShowsInTable3AndUndoRedoWalkTheFileAlong() {
        String before = table3("2040201");
        workspace.apply(new Edit.BasicLines("新增基本支出", List.of(), List.of(line("2040201", "30201", "10000"))));

        assertThat(table3("2040201")).isEqualTo("3172.61").isNotEqualTo(before);
        assertFileMatchesScreen();
        assertThat(workspace.undoDescription()).contains("新增基本支出");

        workspace.undo();
        assertThat(table3("2040201")).isEqualTo(before);
        assertFileMatchesScreen();
        assertThat(workspace.canRedo()).isTrue();

        workspace.redo();
        assertThat(table3("2040201")).isEqualTo("3172.61");
        assertFileMatchesScreen();
        assertThat(notifications).hasValue(3);
    }

    @Test
    void aPasteOfThreeRowsIsOneStep() {
        int lines = workspace.budget().basicLines().size();
        workspace.apply(new Edit.BasicLines("粘贴 3 行", List.of(), List.of(line("2040201", "30201", "1"),
                line("2040201", "30202", "2"), line("2040250", "30201", "3"))));
        assertThat(workspace.budget().basicLines()).hasSize(lines + 3);

        workspace.undo();
        assertThat(workspace.budget().basicLines()).hasSize(lines);
        assertThat(workspace.canUndo()).isFalse();
        assertFileMatchesScreen();
    }

    @Test
    void undoingADeletionPutsTheLineBackInPlace() {
        Budget original = workspace.budget();
        BasicExpenditureLine fifth = original.basicLines().get(4);
        workspace.apply(new Edit.BasicLines("删除", List.of(fifth), List.of()));
        workspace.undo();

        assertThat(workspace.budget().basicLines()).isEqualTo(original.basicLines());
        assertFileMatchesScreen();
    }

    @Test
    void aNewEditClearsRedo() {
        workspace.apply(new Edit.BasicLines("a", List.of(), List.of(line("2040201", "30201", "1"))));
        workspace.undo();
        workspace.apply(new Edit.BasicLines("b", List.of(), List.of(line("2040201", "30201", "2"))));
        assertThat(workspace.canRedo()).isFalse();
    }

    private void assertFileMatchesScreen() {
        Budget stored = db.budgets().load().orElseThrow();
        assertThat(stored.basicLines()).isEqualTo(workspace.budget().basicLines());
        assertThat(DisclosureTables.derive(stored, db.catalog().load())).isEqualTo(workspace.tables());
    }

    private String table3(String code) {
        return workspace.table(3).row(code).orElseThrow().cell(2).printed();
    }

    private static BasicExpenditureLine line(String function, String economic, String yuan) {
        return new BasicExpenditureLine(0, "012001", function, economic, null, FundingSource.GENERAL_PUBLIC_BUDGET,
                Yuan.parse(yuan), null, FundYear.CURRENT, null);
    }
}
