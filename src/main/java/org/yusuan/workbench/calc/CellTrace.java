package org.yusuan.workbench.calc;

import org.yusuan.workbench.calc.ledger.BudgetLedger;
import org.yusuan.workbench.calc.ledger.Nature;
import org.yusuan.workbench.calc.ledger.Posting;
import org.yusuan.workbench.calc.ledger.TableTemplate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.yusuan.workbench.calc.table.Cell;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.calc.table.TableRow;
import org.yusuan.workbench.domain.budget.ExpenseKind;
import org.yusuan.workbench.domain.budget.FundYear;
import org.yusuan.workbench.domain.budget.FundingSource;

/**
 * Which lines make up a printed cell ("the lines behind it"): a test over postings for every amount
 * cell of the 13 tables. The tests check that, for every cell, the exact sum of the postings it
 * selects rounds to the printed figure, so the trace and the tables cannot drift apart.
 */
public final class CellTrace {

    private static final List<FundingSource> FISCAL = List.of(FundingSource.GENERAL_PUBLIC_BUDGET,
            FundingSource.GOVERNMENT_FUND, FundingSource.STATE_CAPITAL);

    private final TableTemplate template;
    private final List<String> organUnits;

    public CellTrace(BudgetLedger ledger) {
        this.template = TableTemplate.forYear(ledger.department().budgetYear());
        this.organUnits = ledger.units().stream().filter(u -> u.type().runsAsGovernmentOrgan())
                .map(u -> u.code()).toList();
    }

    /** The postings behind the cell, or empty for a text cell or one this table does not trace. */
    public Optional<Predicate<Posting>> of(DisclosureTable table, TableRow row, int column) {
        if (column >= row.cells().size() || !(row.cell(column) instanceof Cell.Amount)) {
            return Optional.empty();
        }
        String key = row.code();
        return Optional.ofNullable(switch (table.number()) {
            case 1 -> table1(key, column, table.rows().indexOf(row));
            case 2 -> functional(key).and(column == 8 ? carried() : current().and(sourceColumn(column, 3)));
            case 3 -> functional(key).and(nature(column, 2));
            case 5 -> functional(key).and(current()).and(source(FundingSource.GENERAL_PUBLIC_BUDGET)).and(nature(column, 2));
            case 6 -> table6(key, column);
            case 7 -> functional(key).and(current()).and(source(FundingSource.GOVERNMENT_FUND));
            case 8 -> functional(key).and(current()).and(source(FundingSource.GOVERNMENT_FUND)).and(nature(column, 2));
            case 9 -> functional(key).and(current()).and(source(FundingSource.STATE_CAPITAL))
                    .and(column == 2 ? p -> true : nature(column, 5));
            case 4 -> table4(key, column, table.rows().indexOf(row));
            case 10 -> threePublic(key).and(current()).and(fiscalColumn(column, 1));
            case 11 -> basic().and(p -> p.expenseKind() == ExpenseKind.PUBLIC).and(current())
                    .and(p -> organUnits.contains(p.unitCode()))
                    .and(key.equals("department") ? p -> true : (Predicate<Posting>) p -> p.unitCode().equals(key))
                    .and(fiscalColumn(column, 1));
            case 12, 13 -> project(key).and(table.number() == 12 ? current() : carried())
                    .and(column == 1 ? p -> true : table.number() == 12
                            ? sourceColumn(column, 2) : fiscalSource(column - 2));
            default -> null;
        });
    }

    private Predicate<Posting> table1(String key, int column, int rowIndex) {
        if (column == 1) {
            return switch (key) {
                case "currentTotal" -> current();
                case "carryOver" -> carried();
                case "grandTotal" -> p -> true;
                default -> current().and(source(FundingSource.values()[rowIndex]));
            };
        }
        Predicate<Posting> rows = key.length() == 3 ? functional(key) : p -> true;
        return rows.and(column == 3 ? p -> true : column == 4 ? current() : carried());
    }

    private Predicate<Posting> table4(String key, int column, int rowIndex) {
        Predicate<Posting> fiscal = p -> p.source().isFiscalAppropriation();
        if (column == 1) {
            if (key.startsWith("carryOver.")) {
                return carried().and(source(FundingSource.valueOf(key.substring("carryOver.".length()))));
            }
            return switch (key) {
                case "currentTotal" -> fiscal.and(current());
                case "carryOver" -> fiscal.and(carried());
                case "grandTotal" -> fiscal;
                default -> current().and(fiscalSource(rowIndex));
            };
        }
        Predicate<Posting> rows = key.length() == 3 ? functional(key) : p -> true;
        return rows.and(fiscal).and(fiscalColumn(column, 3));
    }

    private Predicate<Posting> table6(String key, int column) {
        Predicate<Posting> rows;
        if (key.equals("total")) {
            rows = p -> true;
        } else if (key.length() == 3) {
            rows = p -> p.departmentalEconomicCode().startsWith(key);
        } else {
            String departmental = key.substring(0, key.indexOf('/'));
            String government = key.substring(key.indexOf('/') + 1);
            rows = p -> p.departmentalEconomicCode().equals(departmental)
                    && government.equals(p.governmentEconomicCode() == null ? "" : p.governmentEconomicCode());
        }
        Predicate<Posting> kind = column == 2 ? p -> true
                : column == 3 ? p -> p.expenseKind() == ExpenseKind.PERSONNEL : p -> p.expenseKind() == ExpenseKind.PUBLIC;
        return basic().and(current()).and(source(FundingSource.GENERAL_PUBLIC_BUDGET)).and(rows).and(kind);
    }

    private Predicate<Posting> threePublic(String key) {
        List<String> codes = switch (key) {
            case "vehicles" -> concat(template.threePublic("vehiclePurchase"), template.threePublic("vehicleOperation"));
            case "total" -> concat(concat(template.threePublic("overseasTravel"), template.threePublic("reception")),
                    concat(template.threePublic("vehiclePurchase"), template.threePublic("vehicleOperation")));
            default -> template.threePublic(key);
        };
        return p -> p.departmentalEconomicCode() != null && codes.contains(p.departmentalEconomicCode());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static Predicate<Posting> functional(String key) {
        return key.equals("total") ? p -> true : p -> p.functionCode().startsWith(key);
    }

    private Predicate<Posting> project(String key) {
        if (key.equals("department")) {
            return p -> p.nature() == Nature.PROJECT;
        }
        return p -> p.nature() == Nature.PROJECT && (key.equals(p.projectCode()) || key.equals(p.unitCode()));
    }

    private static Predicate<Posting> basic() {
        return p -> p.nature() == Nature.BASIC;
    }

    private static Predicate<Posting> current() {
        return p -> p.fundYear() == FundYear.CURRENT;
    }

    private static Predicate<Posting> carried() {
        return p -> p.fundYear() == FundYear.CARRIED_OVER;
    }

    private static Predicate<Posting> source(FundingSource source) {
        return p -> p.source() == source;
    }

    /** Column {@code first} is 合计 over all sources; the next ones are the sources in order. */
    private static Predicate<Posting> sourceColumn(int column, int first) {
        return column == first - 1 ? p -> true : source(FundingSource.values()[column - first]);
    }

    /** 合计 of the three 财政拨款 sources at {@code first}, then each of them. */
    private static Predicate<Posting> fiscalColumn(int column, int first) {
        return column == first ? p -> p.source().isFiscalAppropriation() : fiscalSource(column - first - 1);
    }

    private static Predicate<Posting> fiscalSource(int index) {
        return source(FISCAL.get(index));
    }

    /** 合计 / 基本支出 / 项目支出 from column {@code first}. */
    private static Predicate<Posting> nature(int column, int first) {
        return column == first ? p -> true : column == first + 1 ? basic() : p -> p.nature() == Nature.PROJECT;
    }
}
