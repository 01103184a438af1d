package org.yusuan.workbench.exchange.workbook;

import static org.yusuan.workbench.exchange.ExchangeTexts.say;
import static org.yusuan.workbench.exchange.workbook.BaseDataLayout.PROJECT_CODE;
import static org.yusuan.workbench.exchange.workbook.BaseDataLayout.fundColumn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yusuan.workbench.domain.input.ImportProblem;
import org.yusuan.workbench.domain.performance.FormFunds;
import org.yusuan.workbench.domain.performance.FormTexts;
import org.yusuan.workbench.domain.performance.Indicator;
import org.yusuan.workbench.domain.performance.PerformanceForm;
import org.yusuan.workbench.exchange.sheet.Sheet;

/** Reads the 绩效目标 and 绩效指标 sheets into performance forms. */
final class FormSheetReader {

    /** 一级指标 of both frameworks; which ones a form may use is checked by the audit, not here. */
    private static final List<String> LEVEL_ONE = List.of("产出指标", "效益指标", "满意度指标", "成本指标");
    /** Map key for the department-wide form (its project code is blank). */
    private static final String DEPARTMENT_WIDE = "";

    private final List<ImportProblem> problems;
    private final Set<String> projectCodes;
    private final Set<String> refusedProjects;
    private final Map<String, FormHeader> headers = new LinkedHashMap<>();
    private final Set<String> refusedForms = new java.util.HashSet<>();
    private final Map<String, List<Indicator>> indicators = new HashMap<>();

    FormSheetReader(List<ImportProblem> problems, Set<String> projectCodes, Set<String> refusedProjects) {
        this.problems = problems;
        this.projectCodes = projectCodes;
        this.refusedProjects = refusedProjects;
    }

    List<PerformanceForm> read(Optional<Sheet> formSheet, Optional<Sheet> indicatorSheet) {
        RowReader.forEachRow(formSheet, BaseDataLayout.FORMS, problems, this::readForm);
        RowReader.forEachRow(indicatorSheet, BaseDataLayout.INDICATORS, problems, this::readIndicator);
        List<PerformanceForm> forms = new ArrayList<>();
        headers.forEach((key, h) -> forms.add(new PerformanceForm(0, key.isEmpty() ? null : key, h.title(),
                h.implementation(), h.year(), h.texts(), indicators.getOrDefault(key, List.of()))));
        return forms;
    }

    /** The project code of a row ("" for the department-wide form), or null if it cannot be used. */
    private String formKey(RowReader r) {
        String code = r.text(PROJECT_CODE, false);
        if (code == null) {
            return DEPARTMENT_WIDE;
        }
        if (!projectCodes.contains(code)) {
            if (refusedProjects.contains(code)) {
                r.markInvalid();
            } else {
                r.problem(PROJECT_CODE, say("problem.unknownProject", code, BaseDataLayout.PROJECTS.name()));
            }
            return null;
        }
        return code;
    }

    private void readForm(RowReader r) {
        String key = formKey(r);
        String title = r.text(BaseDataLayout.FORM_TITLE, false);
        FormFunds implementation = funds(r, "实施期");
        FormFunds year = funds(r, "年度");
        FormTexts texts = new FormTexts(r.longText(BaseDataLayout.FORM_OVERVIEW, false), r.longText(BaseDataLayout.FORM_BASIS, false),
                r.longText(BaseDataLayout.FORM_NECESSITY, false), r.longText(BaseDataLayout.FORM_SAFEGUARDS, false),
                r.longText(BaseDataLayout.FORM_PLAN, false), r.longText(BaseDataLayout.FORM_GOAL_PERIOD, false),
                r.longText(BaseDataLayout.FORM_GOAL_YEAR, false), r.text(BaseDataLayout.FORM_PERSON_IN_CHARGE, false), r.text(BaseDataLayout.FORM_HANDLER, false),
                r.text(BaseDataLayout.FORM_PHONE, false), r.text(BaseDataLayout.FORM_DATE, false));
        if (key != null && headers.containsKey(key)) {
            r.problem(PROJECT_CODE, key.isEmpty() ? say("problem.departmentFormTwice")
                    : say("problem.formTwice", key));
        }
        if (r.isValid()) {
            headers.put(key, new FormHeader(title, implementation, year, texts));
        } else if (key != null && !headers.containsKey(key)) {
            refusedForms.add(key);
        }
    }

    private static FormFunds funds(RowReader r, String period) {
        String[] parts = BaseDataLayout.FUND_PARTS;
        return new FormFunds(r.amount(fundColumn(period, parts[0]), false, false),
                r.amount(fundColumn(period, parts[1]), false, false),
                r.amount(fundColumn(period, parts[2]), false, false),
                r.amount(fundColumn(period, parts[3]), false, false),
                r.amount(fundColumn(period, parts[4]), false, false),
                r.amount(fundColumn(period, parts[5]), false, false));
    }

    private void readIndicator(RowReader r) {
        String key = formKey(r);
        if (key != null && !headers.containsKey(key)) {
            if (refusedForms.contains(key)) {
                r.markInvalid();
            } else {
                r.problem(PROJECT_CODE, key.isEmpty()
                        ? say("problem.noDepartmentForm", BaseDataLayout.FORMS.name())
                        : say("problem.noForm", key, BaseDataLayout.FORMS.name()));
            }
        }
        String level1 = r.text(BaseDataLayout.LEVEL_1, true);
        if (level1 != null && !LEVEL_ONE.contains(level1)) {
            r.problem(BaseDataLayout.LEVEL_1, say("problem.badLevelOne", level1, String.join("、", LEVEL_ONE)));
        }
        String level2 = r.text(BaseDataLayout.LEVEL_2, true);
        String name = r.text(BaseDataLayout.LEVEL_3, true);
        String implementation = r.text(BaseDataLayout.VALUE_PERIOD, false);
        String year = r.text(BaseDataLayout.VALUE_YEAR, false);
        if (r.isValid()) {
            indicators.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new Indicator(level1, level2, name, implementation, year));
        }
    }

    private record FormHeader(String title, FormFunds implementation, FormFunds year, FormTexts texts) {
    }
}
