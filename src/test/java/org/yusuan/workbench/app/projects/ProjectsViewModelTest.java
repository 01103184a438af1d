package org.yusuan.workbench.app.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.workbench.calc.table.TableRow;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.service.BudgetWorkspace;
import org.yusuan.workbench.service.SampleBudget;
import org.yusuan.workbench.store.BudgetDatabase;

/** The project card, without the FX thread: a new project with two detail lines reaches table 12 and the file. */
class ProjectsViewModelTest {

    @TempDir
    Path dir;
    private BudgetDatabase db;
    private BudgetWorkspace workspace;
    private ProjectsViewModel model;

    @BeforeEach
    void open() {
        db = BudgetDatabase.open(dir.resolve("b.mv.db"));
        SampleBudget.createIn(db);
        workspace = new BudgetWorkspace(db, db.budgets().load().orElseThrow());
        model = new ProjectsViewModel(workspace);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aNewProjectWithTwoDetailLinesShowsInTable12AndIsStored() {
        var unit = model.units().get(2); // 看守所 has one project, 012003-001
        model.addProject(unit);
        assertThat(model.selectedProperty().get().code()).isEqualTo("012003-002");
        assertThat(model.editName("监所安全设施维护")).isEmpty();
        model.addLine();
        assertThat(model.editLineFunction(model.lines().get(0), "2040221 特别业务")).isEmpty();
        assertThat(model.editLineAmount(model.lines().get(0), "120,000")).isEmpty();
        model.addLine();
        assertThat(model.editLineEconomic(model.lines().get(1), "30213")).isEmpty();
        assertThat(model.editLineAmount(model.lines().get(1), "30000.50")).isEmpty();

        Project stored = db.budgets().load().orElseThrow().project("012003-002").orElseThrow();
        assertThat(stored.name()).isEqualTo("监所安全设施维护");
        assertThat(stored.lines()).hasSize(2);
        assertThat(stored.total()).isEqualTo(Yuan.parse("150000.50"));
        TableRow row = workspace.table(12).row("012003-002").orElseThrow();
        assertThat(row.cell(0).printed()).isEqualTo("监所安全设施维护");
        assertThat(row.cell(1).printed()).isEqualTo("15.00");
        assertThat(workspace.table(12).row("012003").orElseThrow().cell(1).printed()).isEqualTo("461.69");
    }

    @Test
    void badInputIsRefusedAndTheUndoStackWalksBack() {
        model.select("012003-001");
        var first = model.lines().get(0);
        assertThat(model.editLineAmount(first, "1.234")).hasValueSatisfying(m -> assertThat(m).contains("金额（元）", "两位小数"));
        assertThat(model.editName("  ")).hasValueSatisfying(m -> assertThat(m).contains("项目名称", "不能为空"));
        assertThat(model.editLineFunction(first, "9999999")).hasValueSatisfying(m -> assertThat(m).contains("功能科目"));
        assertThat(workspace.canUndo()).isFalse();

        model.editLineAmount(first, "4000000");
        assertThat(model.selectedProperty().get().total()).isEqualTo(Yuan.parse("4000000"));
        workspace.undo();
        assertThat(model.selectedProperty().get().total()).isEqualTo(Yuan.parse("4466891.28"));
    }

    @Test
    void aProjectWithAFormIsNotDeletedButOneWithoutIs() {
        model.select("012003-001");
        assertThat(model.deleteProject()).hasValueSatisfying(m -> assertThat(m).contains("绩效目标申报表"));
        assertThat(db.budgets().load().orElseThrow().project("012003-001")).isPresent();

        model.select("012002-008"); // 交警辅助人员劳务费及业务经费: no form
        assertThat(model.deleteProject()).isEmpty();
        assertThat(db.budgets().load().orElseThrow().project("012002-008")).isEmpty();
        workspace.undo();
        assertThat(db.budgets().load().orElseThrow().project("012002-008")).isPresent();
        assertThat(model.formStatusProperty().get()).isNotNull();
    }

    @Test
    void aDetailLinesQuantityAndUnitPriceShowInTheCardAndMakeItsAmount() {
        model.selectedProperty().set(workspace.budget().projects().get(0));
        var row = model.lines().get(0);
        assertThat(model.editLineQuantity(row, "3")).isEmpty();
        assertThat(model.editLineUnitPrice(model.lines().get(0), "33.33")).isEmpty();
        assertThat(model.lines().get(0).line().amount()).isEqualTo(Yuan.parse("99.99"));
        assertThat(model.lines().get(0).line().quantity()).isEqualByComparingTo("3");
        assertThat(model.editLineAmount(model.lines().get(0), "100.00")).hasValueSatisfying(m ->
                assertThat(m).contains("数量×单价", "99.99"));
        assertThat(model.editLineFunction(model.lines().get(0), "2040221")).isEmpty();
        Project stored = db.budgets().load().orElseThrow().project(workspace.budget().projects().get(0).code()).orElseThrow();
        assertThat(stored.lines().get(0).amount()).isEqualTo(Yuan.parse("99.99"));
        assertThat(stored.lines().get(0).unitPrice()).as("kept through an edit of another field").isEqualTo(Yuan.parse("33.33"));
    }
}
