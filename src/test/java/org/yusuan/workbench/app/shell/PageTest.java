package org.yusuan.workbench.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Pages keep the keys earlier releases stored as a file's last page. */
class PageTest {

    @Test
    void theKeysAreTheOnesEarlierReleasesStored() {
        assertThat(Page.all()).extracting(Page::key).containsExactly("overview", "units", "basic", "personnel",
                "public", "personnelCalc", "publicCalc", "projects", "forms", "narrativeInputs", "narrative", "wording", "charts",
                "audit", "table1", "table2", "table3", "table4", "table5", "table6", "table7", "table8", "table9",
                "table10", "table11", "table12", "table13");
    }

    @Test
    void aStoredKeyGivesItsPageAndAnUnknownOneNone() {
        assertThat(Page.of("table7")).contains(new Page.Table(7));
        assertThat(Page.of("personnelCalc")).contains(Page.Screen.PERSONNEL_CALC);
        assertThat(Page.of("table14")).isEmpty();
        assertThat(Page.of("bureauPackage")).isEmpty();
    }

    @Test
    void thereAreThirteenTables() {
        assertThatThrownBy(() -> new Page.Table(14)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Page.Table(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
