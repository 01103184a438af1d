package org.yusuan.workbench.domain.budget;

import java.util.Objects;
import java.util.regex.Pattern;
import org.yusuan.workbench.domain.performance.IndicatorFramework;

/**
 * 部门: the budget's owner; one budget file holds one department for one year.
 *
 * @param divisionCode 行政区划代码 the finance bureau files the department under ("" until entered); it
 *                     goes into the package for the bureau (报送数据包) and its 报送函
 */
public record Department(String code, String name, int budgetYear, IndicatorFramework framework,
                         String divisionCode) {

    /**
     * 6 digits (GB/T 2260, e.g. 140400) or the longer 财政区划 of the 一体化 platforms (140400000); the one
     * rule of the editor, the command line and the file.
     */
    private static final Pattern DIVISION_CODE = Pattern.compile("\\d{6,12}");

    public Department {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(framework, "framework");
        divisionCode = divisionCode == null ? "" : divisionCode;
    }

    /** A department whose 区划 is not entered yet. */
    public Department(String code, String name, int budgetYear, IndicatorFramework framework) {
        this(code, name, budgetYear, framework, "");
    }

    /** Whether {@code code} can be a 行政区划代码 ("" — not entered — is allowed). */
    public static boolean isDivisionCode(String code) {
        return code.isEmpty() || DIVISION_CODE.matcher(code).matches();
    }

    public Department withDivisionCode(String code) {
        return new Department(this.code, name, budgetYear, framework, code);
    }
}
