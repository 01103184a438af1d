package org.yusuan.workbench.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.calc.table.RowKind;
import org.yusuan.workbench.calc.table.TableRow;
import org.yusuan.workbench.exchange.sheet.SheetRow;

/**
 * The golden test: every published cell of tables 1-13 of the reference booklet (长治市公安局上党分局
 * 2023) equals the cell derived from the sample's base data — including the published 尾差 — and
 * the rows come in the published order.
 */
class GoldenTablesTest {

    private static List<DisclosureTable> tables;

    @BeforeAll
    static void derive() {
        tables = DisclosureTables.derive(SampleFixture.budget(), SampleFixture.CHART);
    }

    private static DisclosureTable table(int n) {
        return tables.get(n - 1);
    }

    @Test
    void titlesComeFromTheYearTemplate() {
        assertThat(table(1).title()).isEqualTo("2023年预算收支总表");
        assertThat(table(10).title()).isEqualTo("2023年一般公共预算“三公”经费支出预算表");
        assertThat(table(13).title()).isEqualTo("2023年项目支出预算表（上年结转）");
        assertThat(tables).allSatisfy(t -> assertThat(t.departmentName()).isEqualTo("长治市公安局上党分局"));
    }

    @Test
    void table1IncomeAndExpenditure() {
        List<TableRow> rows = table(1).rows();
        for (SheetRow g : Golden.rows("t01_income.csv")) {
            TableRow row = find(rows, r -> r.cell(0).printed().equals(g.get("item")), g);
            assertThat(row.cell(1).printed()).as(g.get("item")).isEqualTo(g.get("amount"));
        }
        List<String> expenditureOrder = new ArrayList<>();
        for (SheetRow g : Golden.rows("t01_expenditure.csv")) {
            TableRow row = find(rows, r -> r.cell(2).printed().equals(g.get("item")), g);
            expenditureOrder.add(row.cell(2).printed());
            assertThat(row.printed().subList(3, 6)).as(g.get("item"))
                    .containsExactly(g.get("total"), g.get("current"), g.get("carryover"));
        }
        assertThat(rows.stream().map(r -> r.cell(2).printed()).toList()).containsExactlyElementsOf(expenditureOrder);
    }

    @Test
    void table1PrintsThePublishedRoundingDifference() {
        TableRow grand = table(1).row("grandTotal").orElseThrow();
        TableRow current = table(1).row("currentTotal").orElseThrow();
        TableRow carried = table(1).row("carryOver").orElseThrow();
        // 9,367.60 + 522.45 = 9,890.05, but the booklet prints 9,890.04: each cell rounds its own 元 sum.
        assertThat(current.cell(1).printed()).isEqualTo("9367.60");
        assertThat(carried.cell(1).printed()).isEqualTo("522.45");
        assertThat(grand.cell(1).printed()).isEqualTo("9890.04");
    }

    @Test
    void table2IncomeByFunction() {
        assertCodeTable(table(2), "t02_income.csv", "total", "gpb", "fund", "soe", "special", "unit_funds", "carryover");
    }

    @Test
    void table3ExpenditureByFunction() {
        assertCodeTable(table(3), "t03_expenditure.csv", "total", "basic", "project");
    }

    @Test
    void table4FiscalSummary() {
        List<TableRow> rows = table(4).rows();
        for (SheetRow g : Golden.rows("t04_fiscal_expenditure.csv")) {
            TableRow row = find(rows, r -> r.cell(2).printed().equals(g.get("item")), g);
            assertThat(row.printed().subList(3, 7)).as(g.get("item"))
                    .containsExactly(g.get("subtotal"), g.get("gpb"), g.get("fund"), g.get("soe"));
        }
        // Income labels repeat (一、一般公共预算 this year and carried over): compare in order.
        List<List<String>> derived = rows.stream().filter(r -> !r.cell(0).printed().isEmpty())
                .map(r -> List.of(r.cell(0).printed(), r.cell(1).printed())).toList();
        List<List<String>> published = Golden.rows("t04_fiscal_income.csv").stream()
                .map(g -> List.of(g.get("item"), g.get("amount"))).toList();
        assertThat(derived).containsExactlyElementsOf(published);
    }

    @Test
    void table5GeneralPublicBudget() {
        assertCodeTable(table(5), "t05_gpb_expenditure.csv", "total", "basic", "project");
    }

    @Test
    void table6BasicExpenditureByEconomicClass() {
        List<List<String>> derived = table(6).rows().stream()
                .map(r -> List.of(kind(r.kind()), Golden.normalize(r.cell(0).printed()),
                        Golden.normalize(r.cell(1).printed()), r.cell(2).printed(), r.cell(3).printed(),
                        r.cell(4).printed()))
                .toList();
        List<List<String>> published = Golden.rows("t06_basic_econ.csv").stream()
                .map(g -> List.of(g.get("kind"), Golden.normalize(g.get("dept_econ")),
                        Golden.normalize(g.get("gov_econ")), g.get("total"), g.get("personnel"), g.get("public")))
                .toList();
        assertThat(derived).containsExactlyElementsOf(published);
    }

    @Test
    void tables7To9AreEmptyWithTheirNote() {
        for (int n : new int[] {7, 8, 9}) {
            DisclosureTable t = table(n);
            assertThat(t.hasData()).as("table %d", n).isFalse();
            assertThat(t.note()).contains("注：本表无数据");
            assertThat(t.rows()).as("table %d keeps its 合计 row", n).isNotEmpty();
            assertThat(t.rows().get(0).cells()).filteredOn(c -> c instanceof org.yusuan.workbench.calc.table.Cell.Amount)
                    .allSatisfy(c -> assertThat(c.printed()).isEmpty());
        }
        assertThat(table(7).title()).isEqualTo("2023年政府性基金预算收入表（不含上年结转）");
        assertThat(table(9).title()).isEqualTo("2023年国有资本经营预算收支预算表（不含上年结转）");
    }

    @Test
    void table10ThreePublicFromBasicAndProjectLines() {
        List<List<String>> derived = table(10).rows().stream().map(TableRow::printed).toList();
        List<List<String>> published = Golden.rows("t10_three_public.csv").stream()
                .map(g -> List.of(g.get("item"), g.get("total"), g.get("gpb"), g.get("fund"), g.get("soe"))).toList();
        assertThat(derived).containsExactlyElementsOf(published);
    }

    @Test
    void table11AdministrativeRunningCosts() {
        List<List<String>> derived = table(11).rows().stream().map(TableRow::printed).toList();
        List<List<String>> published = Golden.rows("t11_admin_running.csv").stream()
                .map(g -> List.of(g.get("unit"), g.get("total"), g.get("gpb"), g.get("fund"), g.get("soe"))).toList();
        assertThat(derived).containsExactlyElementsOf(published);
    }

    @Test
    void table12CurrentProjects() {
        assertProjectTable(table(12), "t12_projects_current.csv", "total", "gpb", "fund", "soe", "special", "unit_funds");
    }

    @Test
    void table13CarriedOverProjects() {
        assertProjectTable(table(13), "t13_projects_carryover.csv", "total", "gpb", "fund", "soe");
    }

    /** Tables 2, 3, 5: same codes in the same order, every amount cell equal. */
    private static void assertCodeTable(DisclosureTable table, String file, String... columns) {
        List<Map<String, String>> derived = new ArrayList<>();
        for (TableRow r : table.rows()) {
            Map<String, String> cells = new LinkedHashMap<>();
            cells.put("code", r.cell(0).printed());
            cells.put("name", r.cell(1).printed());
            for (int c = 0; c < columns.length; c++) {
                cells.put(columns[c], r.cell(2 + c).printed());
            }
            derived.add(cells);
        }
        List<Map<String, String>> published = new ArrayList<>();
        for (SheetRow g : Golden.rows(file)) {
            Map<String, String> cells = new LinkedHashMap<>();
            cells.put("code", g.get("code"));
            cells.put("name", g.get("name"));
            for (String column : columns) {
                cells.put(column, g.get(column));
            }
            published.add(cells);
        }
        assertThat(derived).containsExactlyElementsOf(published);
    }

    /** Tables 12 and 13: department, unit and project rows in order, every amount equal. */
    private static void assertProjectTable(DisclosureTable table, String file, String... columns) {
        List<List<String>> derived = table.rows().stream().map(r -> {
            List<String> cells = new ArrayList<>();
            cells.add(kind(r.kind()));
            cells.add(r.kind() == RowKind.DEPARTMENT ? "" : r.cell(0).printed());
            cells.addAll(r.printed().subList(1, 1 + columns.length));
            return cells;
        }).toList();
        List<List<String>> published = Golden.rows(file).stream().map(g -> {
            List<String> cells = new ArrayList<>();
            cells.add(g.get("kind"));
            cells.add(g.get("kind").equals("unit") ? g.get("unit") : g.get("project"));
            for (String column : columns) {
                cells.add(g.get(column));
            }
            return cells;
        }).toList();
        assertThat(derived).containsExactlyElementsOf(published);
    }

    private static String kind(RowKind kind) {
        return switch (kind) {
            case TOTAL -> "total";
            case GROUP -> "group";
            case LINE -> "line";
            case DEPARTMENT -> "department";
            case UNIT -> "unit";
            case PROJECT -> "project";
            default -> kind.name();
        };
    }

    private static TableRow find(List<TableRow> rows, Predicate<TableRow> match, SheetRow golden) {
        return rows.stream().filter(match).findFirst()
                .orElseThrow(() -> new AssertionError("no derived row for published " + golden.cells()));
    }
}
