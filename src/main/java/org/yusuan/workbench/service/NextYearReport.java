package org.yusuan.workbench.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.classification.Classification;
import org.yusuan.workbench.domain.classification.CodeSuccessors;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.domain.narrative.PriorYearItem;
import org.yusuan.workbench.text.Texts;

/**
 * What 新建下一年度预算 did: what was carried, what was left out and why, which codes moved to the new
 * catalog and which have none there, the catalog's year, and the 上年数 filled from last year's
 * figures. Both front ends show {@link #sentences()}.
 *
 * @param catalogYear      the year of the new file's catalog
 * @param catalogOfItsOwn  whether that is the new budget year's own catalog (else: a notice)
 * @param ownWording       how many of the accountant's own 文本与标题 texts were carried to the new year
 */
public record NextYearReport(Path from, Path to, String department, int fromYear, int toYear, int catalogYear,
                             boolean catalogOfItsOwn, int units, int basicLines, int projectLines, int forms,
                             int stateAssets, List<ProjectNote> continuing, List<ProjectNote> ended,
                             List<ProjectNote> toCheck, List<ProjectNote> carriedOverLeftOut,
                             int basicCarriedOverLeftOut, Yuan basicCarriedOverAmount, List<CodeNote> recoded,
                             List<CodeNote> unmapped, Map<PriorYearItem, Yuan> priorYear, long ownWording) {

    private static final Texts TEXTS = Texts.of("org.yusuan.workbench.service");

    public NextYearReport {
        continuing = List.copyOf(continuing);
        ended = List.copyOf(ended);
        toCheck = List.copyOf(toCheck);
        carriedOverLeftOut = List.copyOf(carriedOverLeftOut);
        recoded = List.copyOf(recoded);
        unmapped = List.copyOf(unmapped);
        priorYear = Map.copyOf(priorYear);
    }

    /** A project as the report names it. */
    public record ProjectNote(String code, String name, String attribute, String period) {

        static ProjectNote of(Project p) {
            return new ProjectNote(p.code(), p.name(), p.attribute() == null ? "" : p.attribute().label(),
                    p.period() == null ? "" : p.period());
        }
    }

    /**
     * A code of a carried line: moved to {@code newCode}, or without successor in the new catalog
     * ({@code newCode} null: the line keeps the old code).
     */
    public record CodeNote(String where, Classification classification, String oldCode, CodeSuccessors.Fate fate,
                           String newCode) {
    }

    static String basicWhere(int row, String unitCode) {
        return TEXTS.get("nextYear.where.basic", row, unitCode);
    }

    static String projectWhere(String code, String name, int row) {
        return TEXTS.get("nextYear.where.project", code, name, row);
    }

    /** The report in sentences, for the accountant. */
    public List<String> sentences() {
        List<String> out = new ArrayList<>();
        out.add(TEXTS.get("nextYear.done", String.valueOf(fromYear), department, String.valueOf(toYear), to));
        out.add(TEXTS.get("nextYear.carried", units, basicLines, continuing.size() + toCheck.size(), projectLines,
                forms, stateAssets));
        out.add(catalogOfItsOwn ? TEXTS.get("nextYear.catalog.own", String.valueOf(catalogYear))
                : TEXTS.get("nextYear.catalog.fallback", String.valueOf(toYear), String.valueOf(catalogYear)));
        out.add(TEXTS.get("nextYear.priorYear.header", String.valueOf(fromYear)));
        for (PriorYearItem item : PriorYearItem.values()) {
            if (priorYear.containsKey(item)) {
                out.add(TEXTS.get("nextYear.priorYear.item", item.label(), priorYear.get(item).format()));
            }
        }
        if (!unmapped.isEmpty()) {
            out.add(TEXTS.get("nextYear.unmapped.header", String.valueOf(catalogYear), unmapped.size()));
            unmapped.forEach(n -> out.add(unmappedLine(n)));
        }
        if (!recoded.isEmpty()) {
            out.add(TEXTS.get("nextYear.recoded.header", recoded.size()));
            recoded.forEach(n -> out.add(TEXTS.get("nextYear.recoded.item", n.where(), n.classification().label(),
                    n.oldCode(), n.newCode())));
        }
        projects(out, "nextYear.ended.header", ended);
        projects(out, "nextYear.check.header", toCheck);
        if (!carriedOverLeftOut.isEmpty()) {
            out.add(TEXTS.get("nextYear.carriedOver.header", carriedOverLeftOut.size()));
            carriedOverLeftOut.forEach(p -> out.add(projectLine(p)));
        }
        if (basicCarriedOverLeftOut > 0) {
            out.add(TEXTS.get("nextYear.basicCarriedOver", basicCarriedOverLeftOut, basicCarriedOverAmount.format()));
        }
        out.add(TEXTS.get("nextYear.texts"));
        if (ownWording > 0) {
            out.add(TEXTS.get("nextYear.wording", ownWording));
        }
        out.add(TEXTS.get("nextYear.from", from));
        return out;
    }

    private static void projects(List<String> out, String header, List<ProjectNote> notes) {
        if (!notes.isEmpty()) {
            out.add(TEXTS.get(header, notes.size()));
            notes.forEach(p -> out.add(projectLine(p)));
        }
    }

    private static String projectLine(ProjectNote p) {
        return TEXTS.get("nextYear.project", p.code(), p.name(), p.attribute().isEmpty() ? "—" : p.attribute(),
                p.period().isEmpty() ? "—" : p.period());
    }

    private static String unmappedLine(CodeNote n) {
        String classification = n.classification().label();
        if (n.fate() instanceof CodeSuccessors.Withdrawn) {
            return TEXTS.get("nextYear.unmapped.withdrawn", n.where(), classification, n.oldCode());
        }
        if (n.fate() instanceof CodeSuccessors.Split split) {
            return TEXTS.get("nextYear.unmapped.split", n.where(), classification, n.oldCode(),
                    String.join(TEXTS.get("nextYear.listSeparator"), split.codes()));
        }
        if (n.fate() instanceof CodeSuccessors.Renumbered renumbered) {
            return TEXTS.get("nextYear.unmapped.successorMissing", n.where(), classification, n.oldCode(),
                    renumbered.code());
        }
        return TEXTS.get("nextYear.unmapped.unknown", n.where(), classification, n.oldCode());
    }
}
