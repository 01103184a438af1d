package org.yusuan.workbench.text;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.yusuan.workbench.audit.Audit;
import org.yusuan.workbench.audit.RecordKind;
import org.yusuan.workbench.audit.Severity;
import org.yusuan.workbench.cli.YusuanCommand;
import org.yusuan.workbench.domain.budget.ExpenseKind;
import org.yusuan.workbench.domain.classification.Classification;
import org.yusuan.workbench.domain.classification.UnitCategory;
import picocli.CommandLine;

/**
 * What {@link MessagesTest} must know of a layer besides its code and bundle: keys made at run time
 * (never a whole literal) and the Chinese literals that stay in the code, each with its reason. A layer
 * not named here (a bundle just added) has neither.
 */
final class LayerRules {

    /**
     * Keys built at run time: {@code prefix} is the literal the code starts them with (it must be in
     * the layer's code), or null for keys a framework reads by its own convention (picocli).
     */
    record Dynamic(String prefix, Set<String> keys) {
    }

    private LayerRules() {
    }

    static List<Dynamic> dynamicKeys(String layer) {
        return switch (layer) {
            case "app" -> List.of(
                    // FundPart: "forms.fund." + name().toLowerCase()
                    new Dynamic("forms.fund.", Set.of("forms.fund.total", "forms.fund.central", "forms.fund.provincial",
                            "forms.fund.local", "forms.fund.self_raised", "forms.fund.other")),
                    // FormField: "forms.field." + key
                    new Dynamic("forms.field.", Set.of("forms.field.overview", "forms.field.basis",
                            "forms.field.necessity", "forms.field.safeguards", "forms.field.plan",
                            "forms.field.goalImplementation", "forms.field.goalYear", "forms.field.personInCharge",
                            "forms.field.handler", "forms.field.phone", "forms.field.filledOn")),
                    // PersonnelCalcView: "dept.calc.rate." + contribution.name()
                    new Dynamic("dept.calc.rate.", Set.of("dept.calc.rate.PENSION", "dept.calc.rate.OCCUPATIONAL_ANNUITY",
                            "dept.calc.rate.MEDICAL", "dept.calc.rate.HOUSING_FUND")));
            case "audit" -> List.of(
                    // AuditRule.title() / description(): "rule." + id() + ".title", for every rule of the standard audit
                    new Dynamic("rule.", Set.copyOf(Audit.standard().rules().stream()
                            .flatMap(r -> Stream.of("rule." + r.id() + ".title", "rule." + r.id() + ".description"))
                            .toList())),
                    enumKeys("severity.", Severity.values()),
                    enumKeys("kind.", RecordKind.values()),
                    enumKeys("classification.", Classification.values()),
                    enumKeys("expenseKind.", ExpenseKind.values()),
                    enumKeys("unitCategory.", UnitCategory.values()));
            case "cli" -> List.of(new Dynamic(null, picocliKeys()));
            default -> List.of();
        };
    }

    /**
     * CJK literals that stay in a layer's code, by file: they are not said to the user as such but are
     * the budget's own (Chinese) data, or match it.
     */
    static Map<String, Set<String>> allowedCjk(String layer) {
        return switch (layer) {
            case "app" -> Map.of(
                    // shortTitle(n): strips the year and the note from the disclosure tables' own titles
                    "shell/MainWindow.java", Set.of("^\\\\d{4}年", "（不含上年结转）"),
                    // the glyphs the self-check asks the chart font to draw
                    "SelfCheck.java", Set.of("预算编制工作台"));
            // finds the cost group by the framework's own 一级/二级 names (domain data, Chinese in both languages)
            case "audit" -> Map.of("IndicatorSkeleton.java", Set.of("成本"));
            case "service" -> Map.of(
                    // the column headings of the base-data workbook (BaseDataLayout), a Chinese file format
                    "NewBudget.java", Set.of("部门编码", "部门名称", "预算年度", "单位编码", "单位名称", "单位类型"),
                    "WorkbookImport.java", Set.of("预算年度"),
                    // the provenance written into the catalog with the imported codes
                    "CatalogUpdate.java", Set.of("导入：", "（", "）"),
                    // 备注 markers and the basis written into the calculated lines: the budget's data
                    "calculators/CalculatedLines.java", Set.of("人员经费测算", "公用经费测算", "："),
                    "calculators/PersonnelCostCalculator.java", Set.of("人×", "元×", "月", "；", "工资总额 ",
                            "%（四舍五入到分）"),
                    "calculators/PublicFundsCalculator.java", Set.of("直接录入", "定额 ", "元/人×", "人"),
                    // the names of the economic codes the calculators write (the catalog's own names)
                    "calculators/Contribution.java", Set.of("机关事业单位基本养老保险缴费", "职业年金缴费",
                            "职工基本医疗保险缴费", "住房公积金"),
                    "calculators/PayItem.java", Set.of("基本工资", "津贴补贴", "奖金", "绩效工资"));
            default -> Map.of();
        };
    }

    private static Dynamic enumKeys(String prefix, Enum<?>[] values) {
        return new Dynamic(prefix, Set.copyOf(Arrays.stream(values).map(v -> prefix + v.name()).toList()));
    }

    /**
     * The keys picocli reads from the bundle YusuanCommand gives it: each command's
     * {@code <qualified name>.usage.description} (or its numbered lines) and the standard help options.
     */
    private static Set<String> picocliKeys() {
        ResourceBundleKeys bundle = new ResourceBundleKeys(Texts.of("org.yusuan.workbench.cli").bundle().keySet());
        Stream<String> descriptions = commands(new CommandLine(new YusuanCommand()))
                .map(c -> c.getCommandSpec().qualifiedName(".") + ".usage.description")
                .flatMap(bundle::withLines);
        return Set.copyOf(Stream.concat(descriptions,
                Stream.of("mixinStandardHelpOptions.help", "mixinStandardHelpOptions.version")).toList());
    }

    /** The command and its subcommands but picocli's own help command. */
    private static Stream<CommandLine> commands(CommandLine command) {
        return Stream.concat(Stream.of(command), command.getSubcommands().values().stream()
                .filter(c -> !(c.getCommand() instanceof CommandLine.HelpCommand)).flatMap(LayerRules::commands));
    }

    /** A description is one key or its lines {@code key.0}, {@code key.1}, …: the command must have one. */
    private record ResourceBundleKeys(Set<String> keys) {

        Stream<String> withLines(String key) {
            List<String> lines = keys.stream().filter(k -> k.equals(key) || k.matches(
                    java.util.regex.Pattern.quote(key) + "\\.\\d+")).toList();
            return lines.isEmpty() ? Stream.of(key) : lines.stream();
        }
    }
}
