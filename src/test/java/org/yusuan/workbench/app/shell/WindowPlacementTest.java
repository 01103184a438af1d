package org.yusuan.workbench.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The first window fits the screen it opens on. */
class WindowPlacementTest {

    @Test
    void onALaptopScreenTheFirstWindowFitsTheWorkingArea() {
        // 1366×768 with a 40 px task bar: the window was 1280×800 and its status bar below the edge
        Rectangle2D place = WindowPlacement.firstPlace(new Rectangle2D(0, 0, 1366, 728));
        assertThat(place.getHeight()).isEqualTo(728);
        assertThat(place.getWidth()).isEqualTo(1280);
        assertThat(place.getMinY()).isEqualTo(0);
        assertThat(place.getMaxY()).isLessThanOrEqualTo(728);
        assertThat(place.getMinX()).isEqualTo(43);
    }

    @Test
    void onALargeScreenItHasItsFirstSizeCentred() {
        Rectangle2D place = WindowPlacement.firstPlace(new Rectangle2D(0, 0, 1920, 1040));
        assertThat(place).isEqualTo(new Rectangle2D(320, 120, 1280, 800));
    }
}
