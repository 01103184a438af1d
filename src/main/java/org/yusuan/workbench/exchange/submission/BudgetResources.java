package org.yusuan.workbench.exchange.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.budget.ProjectLine;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.domain.narrative.NarrativeSection;
import org.yusuan.workbench.domain.narrative.PriorYearItem;
import org.yusuan.workbench.domain.performance.FormFunds;
import org.yusuan.workbench.domain.performance.FormTexts;
import org.yusuan.workbench.domain.performance.Indicator;
import org.yusuan.workbench.domain.performance.PerformanceForm;

/**
 * A budget and the chart of accounts it was computed with, as the CSV tables of a package: everything
 * {@link BudgetRebuild} needs to give back an equal {@link Budget} (database ids aside) and an equal
 * chart, so that the bureau derives the same 13 tables. Long format, one row per record.
 */
final class BudgetResources {

    private BudgetResources() {
    }

    static List<Resource> of(Budget budget, ChartOfAccounts chart) {
        var d = budget.department();
        List<Resource> out = new ArrayList<>();
        out.add(resource(Schemas.DEPARTMENT, List.of(List.of(d.code(), d.name(), String.valueOf(d.budgetYear()),
                d.framework().name()))));
        out.add(resource(Schemas.UNITS, map(budget.units(), u -> List.of(u.code(), u.name(), u.type().name()))));
        out.add(resource(Schemas.STAFFING, map(budget.staffing(), s -> List.of(s.unitCode(), s.category().name(),
                String.valueOf(s.authorized()), String.valueOf(s.actual())))));
        out.add(resource(Schemas.BASIC_LINES, map(budget.basicLines(), l -> List.of(l.unitCode(), l.functionCode(),
                l.departmentalEconomicCode(), blank(l.governmentEconomicOverride()), l.source().name(),
                l.amount().toPlainString(), l.expenseKindOverride() == null ? "" : l.expenseKindOverride().name(),
                l.fundYear().name(), blank(l.note()), quantity(l.quantity()), money(l.unitPrice())))));
        out.add(resource(Schemas.PROJECTS, map(budget.projects(), p -> List.of(p.code(), p.unitCode(), p.name(),
                p.category() == null ? "" : p.category().name(), p.attribute() == null ? "" : p.attribute().name(),
                blank(p.period()), p.fundYear().name(), blank(p.note())))));
        // Only projects that plan procurement: a project without a row has none (Procurement.NONE).
        out.add(resource(Schemas.PROCUREMENT, map(budget.projects().stream()
                .filter(BudgetResources::hasNonZeroPart).toList(), p -> List.of(p.code(),
                p.procurement().goods().toPlainString(), p.procurement().works().toPlainString(),
                p.procurement().services().toPlainString()))));
        List<List<String>> lines = new ArrayList<>();
        for (Project p : budget.projects()) {
            for (ProjectLine l : p.lines()) {
                lines.add(List.of(p.code(), l.functionCode(), blank(l.departmentalEconomicCode()), l.source().name(),
                        l.amount().toPlainString(), blank(l.note()), quantity(l.quantity()), money(l.unitPrice())));
            }
        }
        out.add(resource(Schemas.PROJECT_LINES, lines));
        List<List<String>> forms = new ArrayList<>();
        List<List<String>> indicators = new ArrayList<>();
        int formNo = 0;
        for (PerformanceForm f : budget.forms()) {
            formNo++;
            forms.add(formRow(formNo, f));
            for (Indicator i : f.indicators()) {
                indicators.add(List.of(String.valueOf(formNo), i.level1(), i.level2(), i.name(),
                        blank(i.valueImplementation()), blank(i.valueYear())));
            }
        }
        out.add(resource(Schemas.FORMS, forms));
        out.add(resource(Schemas.INDICATORS, indicators));
        // Maps are written in the enums' order so the same budget always gives the same bytes.
        List<List<String>> prior = new ArrayList<>();
        for (PriorYearItem item : PriorYearItem.values()) {
            Yuan amount = budget.priorYear().get(item);
            if (amount != null) {
                prior.add(List.of(item.name(), amount.toPlainString()));
            }
        }
        out.add(resource(Schemas.PRIOR_YEAR, prior));
        out.add(resource(Schemas.STATE_ASSETS, map(budget.stateAssets(), a -> List.of(
                a.knownItem().map(Enum::name).orElse(""), quantity(a.count()), money(a.value()),
                a.knownItem().isPresent() ? "" : a.item(), blank(a.unit()), quantity(a.area())))));
        List<List<String>> texts = new ArrayList<>();
        for (NarrativeSection section : NarrativeSection.values()) {
            String text = budget.narrative().get(section);
            if (text != null) {
                texts.add(List.of(section.name(), text));
            }
        }
        out.add(resource(Schemas.NARRATIVE, texts));
        out.add(resource(Schemas.CATALOG, map(chart.allEntries(), e -> List.of(e.classification().name(), e.code(),
                e.name(), String.valueOf(e.year()), e.provenance()))));
        out.add(resource(Schemas.MAPPING, map(chart.mappings(), m -> List.of(m.category().name(), m.departmentalCode(),
                m.governmentCode(), String.valueOf(m.year()), blank(m.provenance())))));
        return out;
    }

    /** The catalog and mapping tables alone: their bytes are what the descriptor's catalog hash covers. */
    static byte[] catalogBytes(List<Resource> resources) {
        var out = new java.io.ByteArrayOutputStream();
        resources.stream().filter(r -> r.name().equals(Schemas.CATALOG) || r.name().equals(Schemas.MAPPING))
                .forEach(r -> out.writeBytes(r.csv()));
        return out.toByteArray();
    }

    static Resource resource(String name, List<List<String>> rows) {
        return new Resource(name, name, Schemas.fields(name), rows);
    }

    private static boolean hasNonZeroPart(Project p) {
        var pr = p.procurement();
        return !pr.goods().isZero() || !pr.works().isZero() || !pr.services().isZero();
    }

    private static List<String> formRow(int formNo, PerformanceForm f) {
        List<String> row = new ArrayList<>(List.of(String.valueOf(formNo), blank(f.projectCode()), blank(f.title())));
        for (FormFunds funds : List.of(f.implementationFunds(), f.yearFunds())) {
            for (Yuan part : java.util.Arrays.asList(funds.total(), funds.central(), funds.provincial(), funds.local(),
                    funds.selfRaised(), funds.other())) {
                row.add(part == null ? "" : part.toPlainString());
            }
        }
        FormTexts t = f.texts();
        for (String text : java.util.Arrays.asList(t.overview(), t.basis(), t.necessity(), t.safeguards(), t.plan(),
                t.goalImplementation(), t.goalYear(), t.personInCharge(), t.handler(), t.phone(), t.filledOn())) {
            row.add(blank(text));
        }
        return row;
    }

    private static <T> List<List<String>> map(List<T> items, Function<T, List<String>> row) {
        return items.stream().map(row).toList();
    }

    /** A CSV cell cannot tell null from ""; the reader gives null back for a blank optional text. */
    private static String blank(String text) {
        return text == null ? "" : text;
    }

    private static String quantity(java.math.BigDecimal quantity) {
        return quantity == null ? "" : quantity.toPlainString();
    }

    private static String money(Yuan yuan) {
        return yuan == null ? "" : yuan.toPlainString();
    }
}
