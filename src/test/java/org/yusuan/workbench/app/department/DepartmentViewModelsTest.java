package org.yusuan.workbench.app.department;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.workbench.app.narrative.NarrativeViewModel;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.domain.budget.BasicExpenditureLine;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.BudgetUnit;
import org.yusuan.workbench.domain.budget.UnitType;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.domain.narrative.NarrativeSection;
import org.yusuan.workbench.domain.narrative.PriorYearItem;
import org.yusuan.workbench.domain.narrative.StateAssetItem;
import org.yusuan.workbench.service.BudgetWorkspace;
import org.yusuan.workbench.service.SampleBudget;
import org.yusuan.workbench.service.calculators.PayItem;
import org.yusuan.workbench.store.BudgetDatabase;

/** 单位与人员, 情况说明输入 and 人员经费测算 without the FX thread, on the sample in a temp file. */
class DepartmentViewModelsTest {

    @TempDir
    Path dir;
    private BudgetDatabase db;
    private BudgetWorkspace workspace;
    private UnitsViewModel units;

    @BeforeEach
    void open() {
        db = BudgetDatabase.open(dir.resolve("b.mv.db"));
        SampleBudget.createIn(db);
        workspace = new BudgetWorkspace(db, db.budgets().load().orElseThrow());
        units = new UnitsViewModel(workspace);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private DisclosureTable table(int n) {
        return workspace.table(n);
    }

    private BudgetUnit unit(String code) {
        return workspace.budget().unit(code).orElseThrow();
    }

    @Test
    void aRenamedUnitIsLabelledSoInTables11And12() {
        assertThat(table(11).row("012002").orElseThrow().cell(0).printed()).isEqualTo("山西省长治市公安局上党分局交通警察大队");

        assertThat(units.editUnitName(unit("012002"), "  交通警察大队 ")).isEmpty();

        assertThat(table(11).row("012002").orElseThrow().cell(0).printed()).isEqualTo("交通警察大队");
        assertThat(table(12).row("012002").orElseThrow().cell(0).printed()).isEqualTo("交通警察大队");
        assertThat(units.editUnitName(unit("012003"), "交通警察大队"))
                .hasValueSatisfying(m -> assertThat(m).contains("单位名称", "已被其他单位使用"));
    }

    @Test
    void aUnitNameIsNormalisedAndHeldToTheImportsRules() {
        // The same rules as the workbook import (domain.PlainText): NFC, no control characters, the file's room.
        assertThat(units.editUnitName(unit("012002"), "交通警察大队Cafe\u0301")).isEmpty();
        assertThat(unit("012002").name()).isEqualTo("交通警察大队Caf\u00e9");

        assertThat(units.editUnitName(unit("012002"), "交通\u0007警察大队"))
                .hasValueSatisfying(m -> assertThat(m).contains("控制字符"));
        assertThat(units.editUnitName(unit("012002"), "\uD83D\uDE00".repeat(200)))
                .hasValueSatisfying(m -> assertThat(m).contains("200"));
        assertThat(unit("012002").name()).isEqualTo("交通警察大队Caf\u00e9");
    }

    @Test
    void anInstitutionMapsToOtherGovernmentItemsAndLeavesTable11() {
        String institutionSalaries = table6("30101/50501");
        String organSalaries = table6("30101/50101");
        String department11 = table(11).row("department").orElseThrow().cell(1).printed();
        assertThat(table(11).row("012001")).isPresent();

        assertThat(units.editUnitType(unit("012001"), UnitType.INSTITUTION)).isEmpty();

        // 本级's 基本工资 (8,037,500.00 元) now maps to 50501 工资福利支出, not 50101; its 公用经费 is no
        // 机关运行经费, so it leaves table 11.
        assertThat(new BigDecimal(table6("30101/50501")))
                .isEqualByComparingTo(new BigDecimal(institutionSalaries).add(new BigDecimal("803.75")));
        assertThat(table(6).row("30101/50101")).isEmpty();
        assertThat(table(11).row("012001")).isEmpty();
        assertThat(new BigDecimal(table(11).row("department").orElseThrow().cell(1).printed()))
                .isLessThan(new BigDecimal(department11));

        workspace.undo();
        assertThat(table6("30101/50501")).isEqualTo(institutionSalaries);
        assertThat(table6("30101/50101")).isEqualTo(organSalaries);
        assertThat(table(11).row("department").orElseThrow().cell(1).printed()).isEqualTo(department11);
    }

    private String table6(String pair) {
        return table(6).row(pair).orElseThrow().cell(2).printed().replace(",", "");
    }

    @Test
    void aNegativeHeadcountIsRefusedWithTheFieldAndReason() {
        var row = units.staffing().get(0);
        assertThat(units.editAuthorized(row, "-3"))
                .hasValueSatisfying(m -> assertThat(m).contains("编制数", "不小于 0 的整数", "-3"));
        assertThat(units.editActual(row, "12.5")).hasValueSatisfying(m -> assertThat(m).contains("实有人数"));
        assertThat(units.messageProperty().get()).contains("实有人数");
        assertThat(workspace.canUndo()).isFalse();
        assertThat(db.budgets().load().orElseThrow().staffing().get(0).authorized()).isEqualTo(244);

        assertThat(units.editAuthorized(row, "250")).isEmpty();
        assertThat(units.totalsProperty().get()).isEqualTo("编制人员共250人，实有在职人数219人");
    }

    @Test
    void aUnitWithLinesIsNotDeleted() {
        assertThat(units.deleteUnit(unit("012003")))
                .hasValueSatisfying(m -> assertThat(m).contains("看守所", "基本支出", "不能删除"));
        assertThat(workspace.budget().units()).hasSize(3);
    }

    @Test
    void aPriorYearFigureChangesTheNarrativeSentence() {
        var narrative = new NarrativeViewModel(workspace);
        var inputs = new NarrativeInputsViewModel(workspace);
        PriorYearRow income = inputs.priorYear().get(0);
        assertThat(income.item()).isEqualTo(PriorYearItem.INCOME_TOTAL);
        assertThat(firstParagraph(narrative)).doesNotContain("比上年增加100.00万元");

        Yuan lower = income.current().minus(Yuan.parse("1000000"));
        assertThat(inputs.editPriorYear(income, lower.toPlainString())).isEmpty();

        assertThat(firstParagraph(narrative)).contains("比上年增加100.00万元");
        PriorYearRow shown = inputs.priorYear().get(0);
        assertThat(shown.prior()).isEqualTo(lower);
        assertThat(shown.change().orElseThrow().difference()).isEqualTo(Yuan.parse("1000000"));
        assertThat(inputs.editPriorYear(shown, "abc")).hasValueSatisfying(m -> assertThat(m).contains("上年数「收入总计」"));
    }

    private static String firstParagraph(NarrativeViewModel narrative) {
        return narrative.sections().get(0).paragraphs().get(0);
    }

    @Test
    void thePersonnelCalculatorWritesLinesThatAddUpAndUndoAsOneStep() {
        PersonnelCalcViewModel calc = new PersonnelCalcViewModel(workspace);
        assertThat(calc.target().unitProperty().get().code()).isEqualTo("012001");
        assertThat(calc.target().functionCodeProperty().get()).isEqualTo("2040201");
        var administrative = calc.staff().get(0);
        assertThat(administrative.headcount()).isEqualTo(219);
        assertThat(calc.editStandard(administrative, PayItem.BASIC_SALARY, "3000")).isEmpty();
        assertThat(calc.editStandard(calc.staff().get(0), PayItem.ALLOWANCES, "2500.55")).isEmpty();
        assertThat(calc.editRate(org.yusuan.workbench.service.calculators.Contribution.MEDICAL, "120"))
                .hasValueSatisfying(m -> assertThat(m).contains("职工基本医疗保险缴费比例"));

        // wages 219×3000×12 + 219×2500.55×12 = 14,455,445.40; 16% 2,312,871.26; 8% 1,156,435.63 (twice);
        // 12% 1,734,653.45 — each rounded half up to the 分
        assertThat(calc.computedTotal()).isEqualTo(Yuan.parse("20815841.37"));
        List<BasicExpenditureLine> before = workspace.budget().basicLines();

        assertThat(calc.write()).isEmpty();

        List<BasicExpenditureLine> written = workspace.budget().basicLines().stream()
                .filter(l -> !before.contains(l)).toList();
        assertThat(written).extracting(BasicExpenditureLine::departmentalEconomicCode)
                .containsExactly("30101", "30102", "30108", "30109", "30110", "30113");
        assertThat(written.stream().map(BasicExpenditureLine::amount).reduce(Yuan.ZERO, Yuan::plus))
                .isEqualTo(calc.computedTotal());
        assertThat(written.get(2).note()).contains("16%", "四舍五入到分");
        assertThat(db.budgets().load().orElseThrow().basicLines()).hasSize(before.size() + 6);

        workspace.undo();
        assertThat(workspace.budget().basicLines()).isEqualTo(before);
        assertThat(db.budgets().load().orElseThrow().basicLines()).isEqualTo(before);
    }

    @Test
    void aSecondRunReplacesTheLinesTheFirstWrote() {
        PersonnelCalcViewModel calc = new PersonnelCalcViewModel(workspace);
        calc.editStandard(calc.staff().get(0), PayItem.BASIC_SALARY, "3000");
        calc.write();
        int after = workspace.budget().basicLines().size();
        calc.editStandard(calc.staff().get(0), PayItem.BASIC_SALARY, "3100");
        calc.write();
        assertThat(workspace.budget().basicLines()).hasSize(after);
        assertThat(workspace.budget().basicLines().stream().filter(l -> l.note() != null && l.note().contains("3,100.00元")))
                .hasSize(1);
    }

    @Test
    void everyEditIsInTheFileWhenItIsOpenedAgain() {
        var inputs = new NarrativeInputsViewModel(workspace);
        units.editDepartmentName("长治市公安局上党分局（测试）");
        units.editUnitName(unit("012003"), "看守所");
        units.addUnit();
        units.addStaffing();
        units.editActual(units.staffing().get(0), "7");
        inputs.editText(NarrativeSection.OTHER_NOTES, "无其他说明。\n第二行");
        inputs.editPriorYear(inputs.priorYear().get(4), "1234.56");
        var vehicles = inputs.assets().get(0);
        assertThat(vehicles.item()).isEqualTo(StateAssetItem.VEHICLES);
        inputs.editQuantity(vehicles, "130");
        assertThat(inputs.editQuantity(inputs.assets().get(5), "3"))
                .hasValueSatisfying(m -> assertThat(m).contains("设备", "没有数量"));
        var calc = new PersonnelCalcViewModel(workspace);
        calc.target().unitProperty().set(unit("012002"));
        calc.editHeadcount(calc.staff().get(0), "10");
        calc.editStandard(calc.staff().get(0), PayItem.BASIC_SALARY, "4000");
        assertThat(calc.write()).isEmpty();
        Budget shown = workspace.budget();
        db.close();

        db = BudgetDatabase.open(dir.resolve("b.mv.db"));
        Budget reopened = db.budgets().load().orElseThrow();
        assertThat(reopened).isEqualTo(shown);
        assertThat(reopened.department().name()).isEqualTo("长治市公安局上党分局（测试）");
        assertThat(reopened.units()).extracting(BudgetUnit::name).contains("看守所", "新单位012004");
        assertThat(reopened.staffing()).anyMatch(s -> s.unitCode().equals("012004") && s.actual() == 7);
        assertThat(reopened.narrative().get(NarrativeSection.OTHER_NOTES)).isEqualTo("无其他说明。\n第二行");
        assertThat(reopened.priorYear().get(PriorYearItem.OFFICIAL_RECEPTION)).isEqualTo(Yuan.parse("1234.56"));
        assertThat(reopened.stateAssets().get(0).count()).isEqualByComparingTo(new BigDecimal("130"));
        assertThat(reopened.basicLines()).anyMatch(l -> l.unitCode().equals("012002") && l.amount().equals(Yuan.parse("480000")));
    }

    @Test
    void anAssetOfOnesOwnIsNamedThenCountedAndAKnownItemKeepsOnlyWhatIsGiven() {
        var inputs = new NarrativeInputsViewModel(workspace);
        var newRow = inputs.assets().get(inputs.assets().size() - 1);
        assertThat(newRow.isNew()).isTrue();
        assertThat(inputs.editQuantity(newRow, "2")).hasValueSatisfying(m -> assertThat(m).contains("名称"));
        assertThat(inputs.editName(newRow, "车辆")).hasValueSatisfying(m -> assertThat(m).contains("已有"));
        assertThat(inputs.editName(newRow, "一般公务用车")).isEmpty();
        newRow = inputs.assets().get(inputs.assets().size() - 1);
        assertThat(inputs.editQuantity(newRow, "2")).hasValueSatisfying(m -> assertThat(m).contains("计量单位"));
        assertThat(inputs.editUnit(newRow, "辆")).isEmpty();
        assertThat(inputs.editQuantity(inputs.assets().get(inputs.assets().size() - 1), "2")).isEmpty();
        // the vehicles' value cleared: its count stays, and no value is printed
        assertThat(inputs.editValue(inputs.assets().get(0), "")).isEmpty();

        var stored = db.budgets().load().orElseThrow().stateAssets();
        assertThat(stored).anySatisfy(a -> {
            assertThat(a.item()).isEqualTo("一般公务用车");
            assertThat(a.count()).isEqualByComparingTo("2");
            assertThat(a.unit()).isEqualTo("辆");
            assertThat(a.value()).isNull();
        });
        assertThat(stored.get(0).value()).isNull();
        assertThat(stored.get(0).count()).isEqualByComparingTo("128");
        assertThat(org.yusuan.workbench.calc.narrative.NarrativeText.render(workspace.budget(), workspace.narrative()).get(10).paragraphs())
                .contains("我部门现有车辆128辆，其中：一般公务用车2辆。");

        // all parts cleared: the item is gone; undo brings it back in its place
        int own = inputs.assets().size() - 2;
        assertThat(inputs.editQuantity(inputs.assets().get(own), "")).isEmpty();
        assertThat(db.budgets().load().orElseThrow().stateAssets()).noneMatch(a -> a.item().equals("一般公务用车"));
        workspace.undo();
        assertThat(db.budgets().load().orElseThrow().stateAssets()).anyMatch(a -> a.item().equals("一般公务用车"));
    }
}
