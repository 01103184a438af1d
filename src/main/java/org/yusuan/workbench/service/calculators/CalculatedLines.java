package org.yusuan.workbench.service.calculators;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.yusuan.workbench.domain.budget.BasicExpenditureLine;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.FundYear;
import org.yusuan.workbench.domain.budget.FundingSource;
import org.yusuan.workbench.service.Edit;
import org.yusuan.workbench.text.Texts;

/**
 * A calculator's result as ordinary basic lines, in one undoable edit. Running a calculator again
 * for the same unit and 功能项 replaces the lines it wrote before (recognised by their 备注), so a
 * corrected standard does not count the staff twice.
 */
public final class CalculatedLines {

    /** The service's bundle: its sentences reach the user through either front end. */
    private static final Texts TEXTS = Texts.of("org.yusuan.workbench.service");

    /** 备注 prefixes that mark a line as written by a calculator. */
    public static final String PERSONNEL = "人员经费测算";
    public static final String PUBLIC_FUNDS = "公用经费测算";

    private CalculatedLines() {
    }

    /**
     * @param marker {@link #PERSONNEL} or {@link #PUBLIC_FUNDS}
     */
    public static Edit.BasicLines edit(Budget budget, String marker, String unitCode, String functionCode,
                                       FundingSource source, List<CalculatedLine> lines) {
        Set<String> codes = lines.stream().map(CalculatedLine::economicCode).collect(Collectors.toSet());
        List<BasicExpenditureLine> previous = budget.basicLines().stream()
                .filter(l -> l.unitCode().equals(unitCode) && l.functionCode().equals(functionCode)
                        && l.fundYear() == FundYear.CURRENT && codes.contains(l.departmentalEconomicCode())
                        && l.note() != null && l.note().startsWith(marker))
                .toList();
        List<BasicExpenditureLine> added = lines.stream()
                .map(c -> new BasicExpenditureLine(0, unitCode, functionCode, c.economicCode(), null, source,
                        c.amount(), null, FundYear.CURRENT, note(marker + "：" + c.basis())))
                .toList();
        // The undo menu names the edit in the program's language; the marker itself is the lines' data.
        String key = marker.equals(PERSONNEL)
                ? (previous.isEmpty() ? "calculators.personnel" : "calculators.personnel.replacing")
                : (previous.isEmpty() ? "calculators.publicFunds" : "calculators.publicFunds.replacing");
        String description = TEXTS.get(key, Integer.toString(added.size()), Integer.toString(previous.size()));
        return new Edit.BasicLines(description, previous, added);
    }

    /** The store keeps 500 characters of 备注. */
    private static String note(String text) {
        return text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }
}
