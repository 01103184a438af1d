package org.yusuan.workbench.app.grid;

import java.util.List;
import java.util.Optional;
import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.domain.classification.CatalogEntry;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;
import org.yusuan.workbench.domain.classification.Classification;
import org.yusuan.workbench.domain.money.InvalidAmountException;
import org.yusuan.workbench.domain.money.Yuan;

/** What the grids accept as codes and amounts, with the Chinese reason when they refuse. */
public final class CodeLookup {

    private final ChartOfAccounts chart;

    public CodeLookup(ChartOfAccounts chart) {
        this.chart = chart;
    }

    /** Codes the picker offers for what has been typed: by code prefix or by name. */
    public List<String> suggestions(Classification classification, String typed) {
        String query = typed == null ? "" : typed.strip();
        int length = classification.lineCodeLength();
        return chart.entries(classification).stream()
                .filter(e -> e.code().length() == length)
                .filter(e -> query.isEmpty() || e.code().startsWith(query) || e.name().contains(query)
                        || (e.code() + " " + e.name()).startsWith(query))
                .limit(50)
                .map(e -> e.code() + " " + e.name())
                .toList();
    }

    /** The line-level code in "2040201" or "2040201 行政运行", if the chart has it. */
    public Optional<String> lineCode(String text, Classification classification) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String code = text.strip().split("\\s+")[0];
        return chart.find(classification, code).map(CatalogEntry::code)
                .filter(c -> c.length() == classification.lineCodeLength());
    }

    /** An amount ≥ 0 in 元, or the reason it is not one. */
    public static Result<Yuan> amount(String text) {
        try {
            Yuan amount = Yuan.parse(text);
            return amount.isNegative() ? Result.refused(Messages.get("grid.reason.negative", text)) : Result.accepted(amount);
        } catch (InvalidAmountException e) {
            return Result.refused(Messages.get("grid.reason.amount", e.getMessage(), text));
        }
    }

    /** A value, or the Chinese reason there is none. */
    public record Result<T>(T value, String reason) {

        static <T> Result<T> accepted(T value) {
            return new Result<>(value, null);
        }

        static <T> Result<T> refused(String reason) {
            return new Result<>(null, reason);
        }

        public boolean isAccepted() {
            return reason == null;
        }
    }
}
