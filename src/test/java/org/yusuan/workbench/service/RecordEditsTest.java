package org.yusuan.workbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.workbench.calc.DisclosureTables;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.BudgetUnit;
import org.yusuan.workbench.domain.budget.Department;
import org.yusuan.workbench.domain.budget.StaffCategory;
import org.yusuan.workbench.domain.budget.Staffing;
import org.yusuan.workbench.domain.budget.UnitType;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.domain.narrative.NarrativeSection;
import org.yusuan.workbench.domain.narrative.PriorYearItem;
import org.yusuan.workbench.domain.narrative.StateAsset;
import org.yusuan.workbench.domain.narrative.StateAssetItem;
import org.yusuan.workbench.store.BudgetDatabase;

/** Department, unit, staffing and narrative-input edits: committed, live, undone — the file says what the screen says. */
class RecordEditsTest {

    @TempDir
    Path dir;
    private BudgetDatabase db;
    private BudgetWorkspace workspace;
    private Budget original;

    @BeforeEach
    void open() {
        db = BudgetDatabase.open(dir.resolve("budget.mv.db"));
        SampleBudget.createIn(db);
        original = db.budgets().load().orElseThrow();
        workspace = new BudgetWorkspace(db, original);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aRecodedUnitKeepsItsLinesAndStaffingAndUndoRestoresTheCode() {
        BudgetUnit before = original.units().get(0);
        BudgetUnit after = new BudgetUnit("012009", before.name(), before.type());
        long lines = original.basicLines().stream().filter(l -> l.unitCode().equals("012001")).count();
        workspace.apply(new Edit.UnitChange("修改单位编码", before, after, 0, List.of()));

        assertThat(workspace.budget().basicLines().stream().filter(l -> l.unitCode().equals("012009"))).hasSize((int) lines);
        assertThat(workspace.budget().staffing()).extracting(Staffing::unitCode).containsOnly("012009");
        assertFileMatchesScreen();
        assertThat(workspace.table(11).row("012009")).isPresent();

        workspace.undo();
        assertThat(workspace.budget()).isEqualTo(original);
        assertFileMatchesScreen();
    }

    @Test
    void aNewUnitWithStaffingIsDeletedAndRestoredInItsPlace() {
        BudgetUnit unit = new BudgetUnit("012004", "上党分局巡特警大队", UnitType.CIVIL_SERVICE_MANAGED);
        workspace.apply(new Edit.UnitChange("新增单位", null, unit, 1, List.of()));
        workspace.apply(new Edit.StaffingChange("新增人员编制", original.staffing(),
                List.of(original.staffing().get(0), new Staffing("012004", StaffCategory.CIVIL_SERVICE_MANAGED, 30, 28))));
        assertThat(workspace.budget().units()).extracting(BudgetUnit::code).containsExactly("012001", "012004", "012002", "012003");
        assertFileMatchesScreen();

        Budget withUnit = workspace.budget();
        workspace.apply(new Edit.UnitChange("删除单位", unit, null, 1,
                List.of(new Staffing("012004", StaffCategory.CIVIL_SERVICE_MANAGED, 30, 28))));
        assertThat(workspace.budget().units()).hasSize(3);
        assertThat(workspace.budget().staffing()).hasSize(1);
        assertFileMatchesScreen();

        workspace.undo();
        assertThat(workspace.budget()).isEqualTo(withUnit);
        assertFileMatchesScreen();
    }

    @Test
    void theFileRefusesToDeleteAUnitThatLinesStillUse() {
        assertThatThrownBy(() -> workspace.apply(new Edit.UnitChange("删除单位", original.units().get(0), null, 0, List.of())))
                .hasMessageContaining("不能删除");
        assertThat(db.budgets().load().orElseThrow().units()).hasSize(3);
        assertThat(workspace.canUndo()).isFalse();
    }

    @Test
    void departmentPriorYearAssetsAndTextsAreStoredAndUndone() {
        Department d = original.department();
        workspace.apply(new Edit.DepartmentChange("修改部门名称", d, new Department(d.code(), "上党分局", d.budgetYear(), d.framework())));
        workspace.apply(new Edit.PriorYearChange("修改上年数", PriorYearItem.OFFICIAL_RECEPTION, Yuan.ZERO, Yuan.parse("1000")));
        var assets = new java.util.ArrayList<>(original.stateAssets());
        assets.set(0, StateAsset.known(StateAssetItem.VEHICLES, new BigDecimal("130.00"), Yuan.parse("15600000")));
        workspace.apply(new Edit.StateAssetChange("修改国有资产", original.stateAssets(), assets));
        workspace.apply(new Edit.NarrativeTextChange("修改其他说明", NarrativeSection.OTHER_NOTES,
                original.narrative().get(NarrativeSection.OTHER_NOTES), "无。"));

        Budget stored = db.budgets().load().orElseThrow();
        assertThat(stored.department().name()).isEqualTo("上党分局");
        assertThat(stored.priorYear()).containsEntry(PriorYearItem.OFFICIAL_RECEPTION, Yuan.parse("1000"));
        assertThat(stored.stateAssets().get(0).count()).isEqualByComparingTo("130");
        assertThat(stored.narrative()).containsEntry(NarrativeSection.OTHER_NOTES, "无。");
        assertThat(stored).isEqualTo(workspace.budget());
        assertThat(workspace.table(12).row("department").orElseThrow().cell(0).printed()).contains("上党分局");

        for (int i = 0; i < 4; i++) {
            workspace.undo();
        }
        assertThat(db.budgets().load().orElseThrow()).isEqualTo(original);
    }

    private void assertFileMatchesScreen() {
        Budget stored = db.budgets().load().orElseThrow();
        assertThat(stored).isEqualTo(workspace.budget());
        assertThat(DisclosureTables.derive(stored, db.catalog().load())).isEqualTo(workspace.tables());
    }
}
