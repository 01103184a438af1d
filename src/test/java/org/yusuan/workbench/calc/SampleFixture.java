package org.yusuan.workbench.calc;

import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;
import org.yusuan.workbench.exchange.catalog.BuiltInCatalog;
import org.yusuan.workbench.exchange.sheet.CsvWorkbook;
import org.yusuan.workbench.exchange.workbook.BaseDataReader;

/** The shipped sample read through the ordinary import, without a database (the engine needs none). */
public final class SampleFixture {

    public static final ChartOfAccounts CHART = BuiltInCatalog.load(2023);
    private static Budget budget;

    private SampleFixture() {
    }

    public static synchronized Budget budget() {
        if (budget == null) {
            var result = BaseDataReader.read(
                    CsvWorkbook.onClasspath("/org/yusuan/workbench/sample/shangdang-2023"), CHART);
            if (!result.isOk()) {
                throw new IllegalStateException(result.problems().toString());
            }
            budget = result.budget();
        }
        return budget;
    }
}
