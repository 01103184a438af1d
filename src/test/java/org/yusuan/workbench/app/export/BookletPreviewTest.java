package org.yusuan.workbench.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.yusuan.workbench.app.common.BackgroundTasks;
import org.yusuan.workbench.app.shell.MainWindow;
import org.yusuan.workbench.app.shell.WorkbenchSession;

/** 打印预览 opened as the accountant opens it (文件 → 打印预览, Ctrl+P) on the sample budget file. */
@ExtendWith(ApplicationExtension.class)
class BookletPreviewTest {

    /**
     * Laying out and drawing the whole booklet (57 pages) takes about 30 s beside other builds on the
     * 2-core machine; a wait on a condition costs nothing when it is quicker.
     */
    private static final int DRAWN_WITHIN_SECONDS = 180;

    private Stage main;
    private WorkbenchSession session;

    @Start
    void start(Stage stage) throws Exception {
        main = stage;
        Path folder = Files.createTempDirectory("yusuan-preview");
        session = WorkbenchSession.open(folder.resolve("budget.mv.db"), true);
        MainWindow window = new MainWindow(path -> { }, () -> { }, new BackgroundTasks());
        window.show(session);
        stage.setScene(new Scene(window.root(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> preview().ifPresent(Stage::close));
        session.close();
    }

    @Test
    void showsThePageCountTurnsPagesWithTheKeysAndZooms(FxRobot robot) throws Exception {
        Stage preview = openPreviewAndWaitForAllPages(robot);
        Label count = robot.lookup("#preview-page-count").queryAs(Label.class);
        int pages = robot.lookup("#preview-pages").queryAs(ScrollPane.class).getContent()
                .lookupAll(".image-view").size();
        assertThat(pages).isGreaterThanOrEqualTo(57);
        assertThat(count.getText()).isEqualTo("第 1 页 / 共 " + pages + " 页");

        robot.push(KeyCode.PAGE_DOWN).push(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> count.getText().startsWith("第 3 页"));
        robot.push(KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> count.getText().startsWith("第 2 页"));
        robot.push(KeyCode.END);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> count.getText().equals("第 " + pages + " 页 / 共 " + pages + " 页"));
        robot.push(KeyCode.HOME);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> count.getText().startsWith("第 1 页"));

        // The booklet mixes portrait text and landscape tables: fitting fits the largest page, so every page fits.
        ScrollPane scroll = robot.lookup("#preview-pages").queryAs(ScrollPane.class);
        List<ImageView> images = scroll.getContent().lookupAll(".image-view").stream().map(ImageView.class::cast).toList();
        ImageView widest = images.stream().max(Comparator.comparingDouble(v -> v.getImage().getWidth())).orElseThrow();
        ImageView tallest = images.stream().max(Comparator.comparingDouble(v -> v.getImage().getHeight())).orElseThrow();
        robot.clickOn("#preview-fit-page");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> images.stream().allMatch(v -> fits(v, scroll))
                && (tallest.getBoundsInParent().getHeight() > scroll.getViewportBounds().getHeight() * 0.8
                        || widest.getBoundsInParent().getWidth() > scroll.getViewportBounds().getWidth() * 0.9));
        robot.clickOn("#preview-fit-width");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> widest.getBoundsInParent().getWidth()
                > scroll.getViewportBounds().getWidth() * 0.9
                && widest.getBoundsInParent().getWidth() <= scroll.getViewportBounds().getWidth());
        double fitted = widest.getBoundsInParent().getWidth();
        robot.clickOn("#preview-zoom-in");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> widest.getBoundsInParent().getWidth() > fitted * 1.2);
        robot.clickOn("#preview-zoom-out").clickOn("#preview-zoom-out");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> widest.getBoundsInParent().getWidth() < fitted * 0.85);
        assertThat(preview.isShowing()).isTrue();
    }

    @Test
    void isModalToTheMainWindowAndSaysSoWhenThereIsNoPrinter(FxRobot robot) throws Exception {
        Stage preview = openPreviewAndWaitForAllPages(robot);
        assertThat(preview.getOwner()).isSameAs(main);
        assertThat(preview.getModality()).isEqualTo(Modality.APPLICATION_MODAL);

        // This machine and CI have no printer (and the tests run headless): the accountant is told in words.
        robot.clickOn("#preview-print");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#print-message").tryQuery().isPresent());
        DialogPane message = robot.lookup("#print-message").queryAs(DialogPane.class);
        assertThat(message.getHeaderText()).isEqualTo("没有找到打印机");
        assertThat(message.getContentText()).contains("没有可用的打印机", "导出《部门预算公开》");
        assertThat(message.getScene().getWindow()).isInstanceOfSatisfying(Stage.class,
                s -> assertThat(s.getOwner()).isSameAs(preview));
        robot.interact(() -> ((Stage) message.getScene().getWindow()).close());
    }

    private static boolean fits(ImageView page, ScrollPane scroll) {
        return page.getBoundsInParent().getWidth() <= scroll.getViewportBounds().getWidth()
                && page.getBoundsInParent().getHeight() <= scroll.getViewportBounds().getHeight();
    }

    private Stage openPreviewAndWaitForAllPages(FxRobot robot) throws Exception {
        robot.clickOn(main.getScene().getRoot()).push(KeyCode.CONTROL, KeyCode.P);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> preview().isPresent());
        Stage preview = preview().orElseThrow();
        WaitForAsyncUtils.waitFor(DRAWN_WITHIN_SECONDS, TimeUnit.SECONDS,
                () -> robot.lookup("#preview-print").tryQueryAs(Button.class).map(b -> !b.isDisabled()).orElse(false));
        return preview;
    }

    private static Optional<Stage> preview() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getTitle() != null
                && s.getTitle().startsWith("打印预览")).map(Stage.class::cast).findFirst();
    }
}
