package org.yusuan.workbench.service;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.budget.ProjectAttribute;

/**
 * Whether a project goes on in the next year, read from its 项目期 and 项目属性 as the accountant
 * entered them. The forms in use: a duration ("1年", "3年"), a span of years ("2023-2025年",
 * "2023年1月-2025年12月"), a year ("2023年"), or nothing. The rule, so nothing is guessed:
 * <ol>
 * <li>a year in the text: the last one is the end; ended when not after the old budget year;</li>
 * <li>"1年" (one year, the old budget's): ended, unless the project is 经常性 (长期开展), which goes on;</li>
 * <li>no period: a 一次性 project (1年结束) ended, a 经常性 one goes on;</li>
 * <li>anything else — several years without a start ("3年"), an unreadable text, no period and no
 *     attribute — cannot be read: the project is kept and listed for the accountant to check.</li>
 * </ol>
 */
final class ProjectPeriod {

    /** What becomes of the project next year. */
    enum Outcome { CONTINUES, ENDED, CHECK }

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d{2}(?!\\d)");
    private static final Pattern DURATION = Pattern.compile("([0-9]+|[一二三四五六七八九十])\\s*年(度|期)?");

    private ProjectPeriod() {
    }

    static Outcome of(Project project, int oldYear) {
        String period = project.period() == null ? "" : project.period().strip();
        ProjectAttribute attribute = project.attribute();
        Matcher year = YEAR.matcher(period);
        int end = -1;
        while (year.find()) {
            end = Integer.parseInt(year.group());
        }
        if (end > 0) {
            return end <= oldYear ? Outcome.ENDED : Outcome.CONTINUES;
        }
        if (period.isEmpty()) {
            if (attribute == ProjectAttribute.ONE_OFF) {
                return Outcome.ENDED;
            }
            return attribute == ProjectAttribute.RECURRING ? Outcome.CONTINUES : Outcome.CHECK;
        }
        Matcher duration = DURATION.matcher(period);
        if (duration.matches() && isOne(duration.group(1))) {
            return attribute == ProjectAttribute.RECURRING ? Outcome.CONTINUES : Outcome.ENDED;
        }
        return Outcome.CHECK;
    }

    private static boolean isOne(String n) {
        return n.equals("一") || n.replaceFirst("^0+", "").equals("1");
    }
}
