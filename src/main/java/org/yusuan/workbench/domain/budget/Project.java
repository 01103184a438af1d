package org.yusuan.workbench.domain.budget;

import java.util.List;
import java.util.Objects;
import org.yusuan.workbench.domain.money.Yuan;

/**
 * 项目: a project of one unit with its detail lines. A carried-over project ({@link FundYear#CARRIED_OVER})
 * spends money brought forward and appears in table 13 instead of 12.
 *
 * @param id database identity, 0 before the project is stored
 */
public record Project(long id, String code, String unitCode, String name, ProjectCategory category,
                      ProjectAttribute attribute, String period, FundYear fundYear, Procurement procurement,
                      String note, List<ProjectLine> lines) {

    public Project {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fundYear, "fundYear");
        Objects.requireNonNull(procurement, "procurement");
        lines = List.copyOf(lines);
    }

    /** The project's budget: the exact sum of its lines. */
    public Yuan total() {
        return lines.stream().map(ProjectLine::amount).reduce(Yuan.ZERO, Yuan::plus);
    }

    public boolean isCarriedOver() {
        return fundYear == FundYear.CARRIED_OVER;
    }
}
