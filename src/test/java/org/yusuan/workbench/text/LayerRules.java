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

    /** In {@link #allowedCjk}: every literal of the file, for a file that is a Chinese data format as a whole. */
    static final String WHOLE_FILE = "*";

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
            case "audit" -> Map.of("IndicatorSkeleton.java", Set.of("成本"),
                    // the words of headcounts in a form's Chinese text (budget data, read, not shown)
                    "StaffCountRule.java", Set.of(
                            "(公务员|事业人员|事业编制人员|行政编制人员|参公人员|在职人员|在编人员|在职职工|干部职工|民警|工勤人员)",
                            "[：:，,\\\\s]*(?:共|计|合计)?\\\\s*(\\\\d+)\\\\s*([人名])(?![次/])"));
            case "cli" -> Map.of(
                    // the default 报送阶段, a value of the data format (一上/二上/调整), not a sentence
                    "PackageCommand.java", Set.of("一上"));
            case "exchange" -> Map.ofEntries(
                    // the base-data workbook is a Chinese file format: its sheet, column and choice names (which
                    // the refusals quote), the paste's sheet name and the template's guide sheet, a document
                    Map.entry("workbook/BaseDataLayout.java", Set.of(WHOLE_FILE)),
                    Map.entry("workbook/BaseDataReader.java", Set.of(WHOLE_FILE)),
                    Map.entry("workbook/BasicLinePaste.java", Set.of(WHOLE_FILE)),
                    Map.entry("workbook/ColumnSpec.java", Set.of(WHOLE_FILE)),
                    Map.entry("workbook/FormSheetReader.java", Set.of(WHOLE_FILE)),
                    Map.entry("workbook/NarrativeSheetReader.java", Set.of(WHOLE_FILE)),
                    Map.entry("workbook/TemplateWriter.java", Set.of(WHOLE_FILE)),
                    // the catalog's own file format: its column headings and the built-in catalog's provenance
                    Map.entry("catalog/BuiltInCatalog.java", Set.of(WHOLE_FILE)),
                    Map.entry("catalog/CatalogImport.java", Set.of(WHOLE_FILE)),
                    // the 报送数据包's Table Schema titles and units: a Chinese data format (data-formats.md §4)
                    Map.entry("submission/Schemas.java", Set.of(WHOLE_FILE)),
                    Map.entry("submission/Resource.java", Set.of(WHOLE_FILE)),
                    // the stages of a submission (一上/二上/调整): values of the data format, in either language
                    Map.entry("submission/Stage.java", Set.of(WHOLE_FILE)));
            case "service" -> Map.ofEntries(
                    // the 报送函's file name beside the package: the letter is a Chinese document in either language
                    Map.entry("SubmissionExport.java", Set.of("-报送函.pdf")),
                    // the provenance written into the catalog with the imported codes
                    Map.entry("CatalogUpdate.java", Set.of("导入：", "（", "）")),
                    // reads the 项目期 the accountant typed ("1年", "三年"): the budget's own data, never shown
                    Map.entry("ProjectPeriod.java", Set.of("([0-9]+|[一二三四五六七八九十])\\\\s*年(度|期)?", "一")),
                    // 备注 markers and the basis written into the calculated lines: the budget's data
                    Map.entry("calculators/CalculatedLines.java", Set.of("人员经费测算", "公用经费测算", "：")),
                    Map.entry("calculators/PersonnelCostCalculator.java", Set.of("人×", "元×", "月", "；", "工资总额 ",
                            "%（四舍五入到分）")),
                    Map.entry("calculators/PublicFundsCalculator.java", Set.of("直接录入", "定额 ", "元/人×", "人")),
                    // the names of the economic codes the calculators write (the catalog's own names)
                    Map.entry("calculators/Contribution.java", Set.of("机关事业单位基本养老保险缴费", "职业年金缴费",
                            "职工基本医疗保险缴费", "住房公积金")),
                    Map.entry("calculators/PayItem.java", Set.of("基本工资", "津贴补贴", "奖金", "绩效工资")));
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
