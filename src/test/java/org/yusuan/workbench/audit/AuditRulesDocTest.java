package org.yusuan.workbench.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/audit-rules.md lists each rule with the title the workstation and {@code yusuan audit} show:
 * the title lives in the audit bundle under the rule's id, the document must say the same words.
 */
class AuditRulesDocTest {

    @Test
    void theDocumentListsEveryRuleWithItsTitleAndSeverity() throws IOException {
        String doc = Files.readString(Path.of("docs/audit-rules.md"), StandardCharsets.UTF_8);
        assertThat(Audit.standard().rules()).allSatisfy(rule -> assertThat(doc)
                .contains("| `" + rule.id() + "` | " + rule.title() + " | " + rule.severity().label() + " |"));
    }

    @Test
    void titlesAreAFewWordsThatFitOnOneLineAndInABareCsvField() {
        // `yusuan audit --format csv` writes the title unquoted (AuditCommand)
        assertThat(Audit.standard().rules()).allSatisfy(rule -> assertThat(rule.title())
                .isNotBlank().hasSizeLessThanOrEqualTo(16).doesNotContain(",", "\"", "\n"));
    }

    @Test
    void theEnglishTitlesFitInABareCsvFieldToo() throws IOException {
        // -Dyusuan.lang=en: the same CSV, with the English titles unquoted
        java.util.Properties en = new java.util.Properties();
        try (var reader = Files.newBufferedReader(
                Path.of("src/main/resources/org/yusuan/workbench/audit/messages_en.properties"), StandardCharsets.UTF_8)) {
            en.load(reader);
        }
        assertThat(Audit.standard().rules()).allSatisfy(rule -> assertThat(en.getProperty("rule." + rule.id() + ".title"))
                .isNotBlank().hasSizeLessThanOrEqualTo(40).doesNotContain(",", "\"", "\n"));
    }

    @Test
    void everyFindingCarriesItsRulesTitle() {
        AuditReport report = Audit.standard().run(org.yusuan.workbench.calc.SampleFixture.budget(),
                org.yusuan.workbench.calc.SampleFixture.CHART);
        assertThat(report.findings()).isNotEmpty().allSatisfy(finding -> assertThat(finding.title())
                .isEqualTo(Audit.standard().rules().stream().filter(r -> r.id().equals(finding.ruleId()))
                        .findFirst().orElseThrow().title()));
    }
}
