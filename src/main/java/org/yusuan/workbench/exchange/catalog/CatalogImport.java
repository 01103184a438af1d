package org.yusuan.workbench.exchange.catalog;

import static org.yusuan.workbench.exchange.ExchangeTexts.say;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yusuan.workbench.domain.Labelled;
import org.yusuan.workbench.domain.PlainText;
import org.yusuan.workbench.domain.classification.CatalogEntry;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;
import org.yusuan.workbench.domain.classification.Classification;
import org.yusuan.workbench.domain.input.ImportProblem;
import org.yusuan.workbench.exchange.sheet.Sheet;
import org.yusuan.workbench.exchange.sheet.SheetRow;

/**
 * Checks an official catalog (docs/data-formats.md §2) before anything of it is merged: code
 * lengths, parents, duplicates and names. All or nothing.
 */
public final class CatalogImport {

    static final String CLASSIFICATION = "分类";
    static final String CODE = "科目编码";
    static final String NAME = "科目名称";
    static final String YEAR = "年度";
    private static final int MAX_NAME_LENGTH = 100;

    private CatalogImport() {
    }

    /** Entries ready to merge, or the problems that refuse the file. */
    public record Result(List<CatalogEntry> entries, List<ImportProblem> problems) {

        public Result {
            entries = List.copyOf(entries);
            problems = List.copyOf(problems);
        }

        public boolean isOk() {
            return problems.isEmpty();
        }
    }

    /**
     * @param existing   the catalog already in the budget (parents may come from it)
     * @param year       the budget year; a 年度 cell, if given, must equal it
     * @param provenance recorded on every entry, e.g. the file name
     */
    public static Result check(Sheet sheet, ChartOfAccounts existing, int year, String provenance) {
        if (!sheet.faults().isEmpty()) {
            return new Result(List.of(), sheet.problems());
        }
        List<ImportProblem> problems = new ArrayList<>();
        for (String required : List.of(CLASSIFICATION, CODE, NAME)) {
            if (!sheet.hasColumn(required)) {
                problems.add(new ImportProblem(sheet.name(), 1, required, say("problem.columnMissing")));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(List.of(), problems);
        }
        Map<String, CatalogEntry> accepted = new LinkedHashMap<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (SheetRow row : sheet.rows()) {
            checkRow(sheet.name(), row, year, provenance, problems, accepted, firstRow);
        }
        for (CatalogEntry entry : accepted.values()) {
            String parent = entry.classification().parentOf(entry.code());
            if (parent != null && !accepted.containsKey(key(entry.classification(), parent))
                    && !existing.contains(entry.classification(), parent)) {
                problems.add(new ImportProblem(sheet.name(), firstRow.get(key(entry.classification(), entry.code())),
                        CODE, say("catalog.noParent", entry.code(), parent)));
            }
        }
        problems.sort(java.util.Comparator.comparingInt(ImportProblem::row));
        return problems.isEmpty() ? new Result(List.copyOf(accepted.values()), List.of()) : new Result(List.of(), problems);
    }

    private static void checkRow(String sheet, SheetRow row, int year, String provenance, List<ImportProblem> problems,
                                 Map<String, CatalogEntry> accepted, Map<String, Integer> firstRow) {
        int before = problems.size();
        String kindText = row.get(CLASSIFICATION);
        var kind = Labelled.fromLabel(Classification.class, kindText);
        if (kind.isEmpty()) {
            problems.add(new ImportProblem(sheet, row.rowNumber(), CLASSIFICATION, kindText.isEmpty() ? say("row.required")
                    : say("row.badChoice", kindText, CLASSIFICATION, Labelled.choices(Classification.class))));
        }
        String code = row.get(CODE);
        if (!code.matches("\\d+")) {
            problems.add(new ImportProblem(sheet, row.rowNumber(), CODE,
                    code.isEmpty() ? say("row.required") : say("catalog.codeNotDigits", code)));
        } else if (kind.isPresent() && !kind.get().isValidLength(code)) {
            problems.add(new ImportProblem(sheet, row.rowNumber(), CODE, say("catalog.codeLength",
                    kind.get().label(), kind.get().codeLengths().stream().map(String::valueOf)
                            .reduce((a, b) -> a + "、" + b).orElse(""), code, code.length())));
        }
        String name = row.get(NAME);
        if (name.isEmpty()) {
            problems.add(new ImportProblem(sheet, row.rowNumber(), NAME, say("catalog.nameBlank")));
        } else if (PlainText.controlCharacter(name, false) >= 0) {
            problems.add(new ImportProblem(sheet, row.rowNumber(), NAME, say("row.controlCharacter",
                    String.format("U+%04X", PlainText.controlCharacter(name, false)))));
        } else if (!PlainText.fits(name, MAX_NAME_LENGTH)) {
            int length = PlainText.length(name);
            problems.add(new ImportProblem(sheet, row.rowNumber(), NAME, length > MAX_NAME_LENGTH
                    ? say("catalog.nameTooLong", MAX_NAME_LENGTH, length)
                    : say("row.tooLongStored", MAX_NAME_LENGTH, length, PlainText.supplementaryCharacters(name))));
        }
        String yearText = row.get(YEAR);
        if (!yearText.isEmpty() && !yearText.equals(String.valueOf(year))) {
            problems.add(new ImportProblem(sheet, row.rowNumber(), YEAR,
                    say("catalog.yearDiffers", yearText, year)));
        }
        if (problems.size() > before) {
            return;
        }
        String key = key(kind.get(), code);
        Integer first = firstRow.putIfAbsent(key, row.rowNumber());
        if (first != null) {
            problems.add(new ImportProblem(sheet, row.rowNumber(), CODE,
                    say("catalog.codeTwice", code, first)));
            return;
        }
        accepted.put(key, new CatalogEntry(kind.get(), code, name, year, provenance));
    }

    private static String key(Classification classification, String code) {
        return classification.name() + ":" + code;
    }
}
