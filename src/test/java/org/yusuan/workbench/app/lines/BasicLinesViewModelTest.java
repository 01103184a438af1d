package org.yusuan.workbench.app.lines;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.workbench.app.grid.GridCell;
import org.yusuan.workbench.domain.budget.ExpenseKind;
import org.yusuan.workbench.domain.classification.Classification;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.service.BudgetWorkspace;
import org.yusuan.workbench.service.SampleBudget;
import org.yusuan.workbench.store.BudgetDatabase;

/** The basic-lines editor's rules, without the FX thread. */
class BasicLinesViewModelTest {

    @TempDir
    Path dir;
    private BudgetDatabase db;
    private BudgetWorkspace workspace;
    private BasicLinesViewModel model;

    @BeforeEach
    void open() {
        db = BudgetDatabase.open(dir.resolve("b.mv.db"));
        SampleBudget.createIn(db);
        workspace = new BudgetWorkspace(db, db.budgets().load().orElseThrow());
        model = new BasicLinesViewModel(workspace, BasicLinesViewModel.Scope.ALL);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anAmountWithThreeDecimalsIsRefusedNamingFieldAndReasonAndNothingIsStored() {
        BasicLineRow first = model.rows().get(0);
        assertThat(model.editAmount(first, "123.456")).hasValueSatisfying(m ->
                assertThat(m).contains("金额（元）").contains("两位小数").contains("未保存"));
        assertThat(model.editAmount(first, "-5")).hasValueSatisfying(m -> assertThat(m).contains("负数"));
        assertThat(model.editAmount(first, "一百")).hasValueSatisfying(m -> assertThat(m).contains("不是有效的金额"));
        assertThat(db.budgets().load().orElseThrow().basicLines().get(0).amount()).isEqualTo(Yuan.parse("8037500"));
        assertThat(workspace.canUndo()).isFalse();
    }

    @Test
    void anAmountTypedWithSeparatorsIsStoredAndShowsInTable3() {
        BasicLineRow first = model.rows().get(0);
        assertThat(model.editAmount(first, "8,047,500.00")).isEmpty();
        assertThat(model.rows().get(0).line().amount()).isEqualTo(Yuan.parse("8047500"));
        assertThat(workspace.table(3).row("2040201").orElseThrow().cell(2).printed()).isEqualTo("3172.61");
        assertThat(db.budgets().load().orElseThrow().basicLines().get(0).amount()).isEqualTo(Yuan.parse("8047500"));
    }

    @Test
    void codesAreCheckedAgainstTheCatalog() {
        BasicLineRow first = model.rows().get(0);
        assertThat(model.editFunctionCode(first, "2049998")).hasValueSatisfying(m -> assertThat(m).contains("功能科目"));
        assertThat(model.editEconomicCode(first, "30199x")).hasValueSatisfying(m -> assertThat(m).contains("部门经济科目"));
        assertThat(model.editFunctionCode(first, "2040202 一般行政管理事务")).isEmpty();
        assertThat(model.rows().get(0).line().functionCode()).isEqualTo("2040202");
    }

    @Test
    void theCodePickerFindsByCodeOrByName() {
        assertThat(model.suggestions(Classification.FUNCTIONAL, "2040201")).containsExactly("2040201 行政运行");
        assertThat(model.suggestions(Classification.FUNCTIONAL, "行政运行")).contains("2040201 行政运行")
                .allSatisfy(s -> assertThat(s).contains("行政运行"));
        assertThat(model.suggestions(Classification.DEPARTMENTAL_ECONOMIC, "公务用车")).contains("30231 公务用车运行维护费");
    }

    @Test
    void pastingThreeRowsIsOneUndoableStepAndABadRowRefusesThePaste() {
        int before = model.rows().size();
        String good = "012001\t2040201\t30201\t\t一般公共预算拨款\t1,000.00\t\t本年\t\n"
                + "012001\t2040201\t30202\t\t一般公共预算拨款\t2000\t\t\t\n"
                + "012002\t2040201\t30231\t\t一般公共预算拨款\t3000.5\t\t\t粘贴\n";
        String bad = "012001\t2040201\t30201\t\t一般公共预算拨款\t1.005\t\t\t\n"
                + "099999\t2040201\t30201\t\t一般公共预算拨款\t1\t\t\t\n";

        assertThat(model.paste(bad)).hasSize(2).anySatisfy(p -> assertThat(p).startsWith("第 1 行「金额（元）」"))
                .anySatisfy(p -> assertThat(p).startsWith("第 2 行「单位编码」"));
        assertThat(model.rows()).hasSize(before);

        assertThat(model.paste(good)).isEmpty();
        assertThat(model.rows()).hasSize(before + 3);
        workspace.undo();
        assertThat(model.rows()).hasSize(before);
        workspace.redo();
        assertThat(model.rows()).hasSize(before + 3);
        assertThat(db.budgets().load().orElseThrow().basicLines()).hasSize(before + 3);
    }

    @Test
    void theKindOverrideIsStoredOnlyWhereItDiffersFromTheDefault() {
        BasicLineRow first = model.rows().get(0); // 30101 基本工资: 人员经费 by default
        model.editExpenseKind(first, ExpenseKind.PUBLIC);
        assertThat(model.rows().get(0).line().expenseKindOverride()).isEqualTo(ExpenseKind.PUBLIC);
        model.editExpenseKind(model.rows().get(0), ExpenseKind.PERSONNEL);
        assertThat(model.rows().get(0).line().expenseKindOverride()).isNull();
    }

    @Test
    void personnelScopeListsOnlyPersonnelLines() {
        var personnel = new BasicLinesViewModel(workspace, BasicLinesViewModel.Scope.PERSONNEL);
        assertThat(personnel.rows()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.line().expenseKind()).isEqualTo(ExpenseKind.PERSONNEL));
    }

    @Test
    void clearingSeveralCellsIsOneUndoStepAndARequiredCodeIsRefusedNamingIt() {
        BasicLineRow first = model.rows().get(0);
        BasicLineRow second = model.rows().get(1); // government 款 50501 given by hand
        var refusals = model.clear(java.util.List.of(new GridCell<>(first, BasicLineClearing.AMOUNT),
                new GridCell<>(second, BasicLineClearing.GOVERNMENT), new GridCell<>(first, BasicLineClearing.FUNCTION)));
        assertThat(refusals).singleElement().satisfies(m -> assertThat(m).contains("功能科目", "必填", "未保存"));
        assertThat(model.messageProperty().get()).contains("功能科目");
        var stored = db.budgets().load().orElseThrow().basicLines();
        assertThat(stored.get(0).amount()).isEqualTo(Yuan.ZERO);
        assertThat(stored.get(0).functionCode()).isEqualTo("2040201");
        assertThat(stored.get(1).governmentOverride()).isEmpty();

        workspace.undo();
        assertThat(workspace.budget().basicLines().get(0).amount()).isEqualTo(Yuan.parse("8037500"));
        assertThat(workspace.budget().basicLines().get(1).governmentOverride()).contains("50501");
        assertThat(workspace.canUndo()).isFalse();
        assertThat(model.messageProperty().get()).isEmpty();
    }

    @Test
    void theTotalIsExactInYuanAndFollowsTheFilter() {
        model.filter().unitProperty().set("012002");
        assertThat(model.filter().shown()).hasSize(2);
        assertThat(model.filter().totalProperty().get()).isEqualTo(Yuan.parse("1379000"));
        // cents that a double would not add exactly (0.1 + 0.2)
        assertThat(model.editAmount(model.filter().shown().get(0), "0.10")).isEmpty();
        assertThat(model.editAmount(model.filter().shown().get(1), "0.20")).isEmpty();
        assertThat(model.filter().totalProperty().get()).isEqualTo(Yuan.parse("0.30"));
        model.filter().functionProperty().set("2040250");
        assertThat(model.filter().shown()).isEmpty();
        assertThat(model.filter().totalProperty().get()).isEqualTo(Yuan.ZERO);
        model.filter().showAll();
        workspace.undo();
        workspace.undo();
        assertThat(model.filter().totalProperty().get()).isEqualTo(workspace.budget().basicLines().stream()
                .map(l -> l.amount()).reduce(Yuan.ZERO, Yuan::plus));
    }

    @Test
    void quantityAndUnitPriceMakeTheAmountAndAnAmountThatDisagreesIsRefused() {
        BasicLineRow first = model.rows().get(0);
        assertThat(model.editQuantity(first, "3")).isEmpty();
        assertThat(model.rows().get(0).line().amount()).as("数量 alone leaves the amount").isEqualTo(Yuan.parse("8037500"));
        assertThat(model.editUnitPrice(model.rows().get(0), "33.33")).isEmpty();
        var line = db.budgets().load().orElseThrow().basicLines().get(0);
        assertThat(line.amount()).isEqualTo(Yuan.parse("99.99"));
        assertThat(line.quantity()).isEqualByComparingTo("3");
        assertThat(line.unitPrice()).isEqualTo(Yuan.parse("33.33"));

        assertThat(model.editAmount(model.rows().get(0), "100")).hasValueSatisfying(m ->
                assertThat(m).contains("金额（元）", "数量×单价", "3 × 33.33 = 99.99", "未保存"));
        assertThat(db.budgets().load().orElseThrow().basicLines().get(0).amount()).isEqualTo(Yuan.parse("99.99"));
        assertThat(model.editQuantity(model.rows().get(0), "3.5件")).hasValueSatisfying(m -> assertThat(m).contains("数量"));

        workspace.undo();
        assertThat(db.budgets().load().orElseThrow().basicLines().get(0).amount()).isEqualTo(Yuan.parse("8037500"));
        assertThat(db.budgets().load().orElseThrow().basicLines().get(0).unitPrice()).isNull();
    }

    @Test
    void clearingTheAmountOfALineWithAQuantityDropsTheQuantityToo() {
        model.editQuantity(model.rows().get(0), "2");
        model.editUnitPrice(model.rows().get(0), "10");
        assertThat(model.clear(java.util.List.of(new GridCell<>(model.rows().get(0), BasicLineClearing.AMOUNT)))).isEmpty();
        var line = db.budgets().load().orElseThrow().basicLines().get(0);
        assertThat(line.amount()).isEqualTo(Yuan.ZERO);
        assertThat(line.quantity()).isNull();
        assertThat(line.unitPrice()).isNull();
    }
}
