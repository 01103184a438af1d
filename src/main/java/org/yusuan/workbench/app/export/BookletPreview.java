package org.yusuan.workbench.app.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.yusuan.workbench.app.common.BackgroundTasks;
import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;
import org.yusuan.workbench.domain.publication.BookletOptions;
import org.yusuan.workbench.service.BookletExport;

/**
 * 打印预览: the booklet exactly as it will print (the same PDF the export writes), its pages shown
 * one after another while the rest are still being drawn; 第 n 页 / 共 N 页, zoom (适合宽度,
 * 适合页面, − and +), PageUp/PageDown, and 打印 through the system's print dialog. Modal to the main
 * window: the preview shows the budget as it was when opened, so nothing may change behind it.
 */
public final class BookletPreview {

    /** Pages are drawn once at this resolution: 100 % is their real size on a common 96-dpi screen. */
    private static final float DPI = 96f;
    private static final double MIN_ZOOM = 0.25;
    private static final double MAX_ZOOM = 3.0;
    private static final double ZOOM_STEP = 1.25;
    /** Padding around and gap between pages, in pixels. */
    private static final double PADDING = 16;

    private enum Fit { WIDTH, PAGE, NONE }

    private final Stage stage = new Stage();
    private final VBox pages = new VBox(PADDING);
    private final ScrollPane scroll = new ScrollPane(pages);
    private final List<ImageView> images = new ArrayList<>();
    private final IntegerProperty pageCount = new SimpleIntegerProperty();
    private final IntegerProperty currentPage = new SimpleIntegerProperty();
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    private final Button print = new Button(Messages.get("export.preview.print"));
    private final Label status = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final BackgroundTasks background;
    private Fit fit = Fit.WIDTH;
    /** Set while the preview itself scrolls to a page, so the scroll does not re-pick the page shown. */
    private boolean turning;
    /** The laid out booklet, kept for 打印 (PDFBox prints it at the printer's own resolution). */
    private volatile byte[] pdf;

    private BookletPreview(Window owner, BackgroundTasks background) {
        this.background = background;
        stage.initOwner(owner);
        stage.initModality(Modality.APPLICATION_MODAL);
        stage.setTitle(Messages.get("export.preview.title"));
        pages.setAlignment(Pos.TOP_CENTER);
        pages.setStyle("-fx-padding: " + PADDING + "; -fx-background-color: #e5e7eb;");
        scroll.setId("preview-pages");
        scroll.setPannable(true);
        scroll.viewportBoundsProperty().addListener((o, was, now) -> {
            // The grey background fills the window however narrow the pages are.
            pages.setMinWidth(now.getWidth());
            applyFit();
        });
        scroll.vvalueProperty().addListener((o, was, now) -> {
            if (!turning) {
                currentPage.set(pageAtTop());
            }
        });
        BorderPane root = new BorderPane(scroll);
        root.setTop(toolBar());
        Scene scene = new Scene(root, 980, 860);
        // A filter, not a handler: the scroll pane would otherwise scroll a screen, not a page.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::turnPage);
        stage.setScene(scene);
    }

    /**
     * Opens the preview window at once and returns the task that lays out and draws the booklet:
     * the caller runs it off the FX thread. Closing the window cancels it.
     */
    public static Task<Integer> open(Window owner, Budget budget, ChartOfAccounts chart, BackgroundTasks background) {
        return open(owner, budget, chart, org.yusuan.workbench.domain.publication.Wording.NONE, background);
    }

    /** As {@link #open(Window, Budget, ChartOfAccounts, BackgroundTasks)}, in the file's wording. */
    public static Task<Integer> open(Window owner, Budget budget, ChartOfAccounts chart,
                                     org.yusuan.workbench.domain.publication.Wording wording,
                                     BackgroundTasks background) {
        BookletPreview preview = new BookletPreview(owner, background);
        Task<Integer> task = preview.drawing(budget, chart, wording);
        preview.status.textProperty().bind(task.messageProperty());
        preview.progress.progressProperty().bind(task.progressProperty());
        task.stateProperty().addListener((o, was, now) -> {
            if (now == Worker.State.SUCCEEDED || now == Worker.State.FAILED || now == Worker.State.CANCELLED) {
                preview.status.textProperty().unbind();
                preview.status.setText("");
                preview.progress.setVisible(false);
                preview.print.setDisable(now != Worker.State.SUCCEEDED);
            }
            if (now == Worker.State.FAILED) {
                preview.stage.close();
            }
        });
        preview.stage.setOnHidden(e -> task.cancel());
        preview.stage.show();
        return task;
    }

    private Task<Integer> drawing(Budget budget, ChartOfAccounts chart,
                                  org.yusuan.workbench.domain.publication.Wording wording) {
        return new Task<>() {
            @Override
            protected Integer call() throws IOException {
                updateMessage(Messages.get("export.preview.layout"));
                Path file = Files.createTempFile("yusuan-preview", ".pdf");
                try {
                    BookletExport.write(budget, chart, wording, file, BookletOptions.draft(BookletOptions.DEFAULT_WATERMARK));
                    pdf = Files.readAllBytes(file);
                } finally {
                    Files.deleteIfExists(file);
                }
                try (PDDocument document = Loader.loadPDF(pdf)) {
                    PDFRenderer renderer = new PDFRenderer(document);
                    int count = document.getNumberOfPages();
                    Platform.runLater(() -> pageCount.set(count));
                    for (int i = 0; i < count && !isCancelled(); i++) {
                        updateMessage(Messages.get("export.preview.drawing", String.valueOf(i + 1), String.valueOf(count)));
                        updateProgress(i, count);
                        BufferedImage image = renderer.renderImageWithDPI(i, DPI);
                        Image fxImage = SwingFXUtils.toFXImage(image, null);
                        int number = i + 1;
                        Platform.runLater(() -> addPage(fxImage, number));
                    }
                    return count;
                }
            }
        };
    }

    private Node toolBar() {
        print.setId("preview-print");
        print.setDefaultButton(true);
        print.setDisable(true);
        print.setOnAction(e -> BookletPrinting.print(stage, pdf, stage.getTitle(), background));
        Label page = new Label();
        page.setId("preview-page-count");
        page.textProperty().bind(Bindings.createStringBinding(() -> pageCount.get() == 0 ? ""
                : Messages.get("export.preview.pageOf", String.valueOf(currentPage.get()), String.valueOf(pageCount.get())),
                currentPage, pageCount));
        Button fitWidth = button("preview-fit-width", Messages.get("export.preview.fitWidth"), null, () -> fit(Fit.WIDTH));
        Button fitPage = button("preview-fit-page", Messages.get("export.preview.fitPage"), null, () -> fit(Fit.PAGE));
        Button smaller = button("preview-zoom-out", "−", Messages.get("export.preview.zoomOut"), () -> zoomTo(zoom.get() / ZOOM_STEP));
        Button larger = button("preview-zoom-in", "+", Messages.get("export.preview.zoomIn"), () -> zoomTo(zoom.get() * ZOOM_STEP));
        Label percent = new Label();
        percent.setId("preview-zoom");
        percent.setMinWidth(48);
        percent.setAlignment(Pos.CENTER);
        percent.textProperty().bind(Bindings.createStringBinding(() -> Math.round(zoom.get() * 100) + "%", zoom));
        progress.setPrefWidth(160);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, print, new Separator(javafx.geometry.Orientation.VERTICAL), page,
                new Separator(javafx.geometry.Orientation.VERTICAL), fitWidth, fitPage, smaller, percent, larger,
                spacer, status, progress);
        // A narrow window shrinks what it must: the status and the progress bar, never a button's
        // word (the 打印 button showed "打…" in the user guide's screenshot).
        for (javafx.scene.layout.Region whole : List.of(print, page, fitWidth, fitPage, smaller, larger)) {
            whole.setMinWidth(Region.USE_PREF_SIZE);
        }
        status.setMinWidth(0);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setStyle("-fx-padding: 6 10 6 10;");
        return bar;
    }

    private static Button button(String id, String text, String tooltip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        if (tooltip != null) {
            button.setTooltip(new Tooltip(tooltip));
        }
        // Keys belong to the pages (PageUp/PageDown), not to the last button clicked.
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }

    private void addPage(Image image, int number) {
        ImageView view = new ImageView(image);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.fitWidthProperty().bind(zoom.multiply(image.getWidth()));
        Label label = new Label(Messages.get("export.preview.page", String.valueOf(number)));
        VBox page = new VBox(4, view, label);
        page.setAlignment(Pos.TOP_CENTER);
        page.setMaxWidth(Region.USE_PREF_SIZE);
        boolean larger = images.stream().map(ImageView::getImage).noneMatch(
                drawn -> drawn.getWidth() >= image.getWidth() && drawn.getHeight() >= image.getHeight());
        images.add(view);
        pages.getChildren().add(page);
        if (number == 1) {
            currentPage.set(1);
        }
        if (larger) {
            // the first landscape table page, say: the fitted zoom must now fit it too
            applyFit();
        }
    }

    private void turnPage(KeyEvent e) {
        int target = switch (e.getCode()) {
            case PAGE_DOWN -> currentPage.get() + 1;
            case PAGE_UP -> currentPage.get() - 1;
            case HOME -> 1;
            case END -> images.size();
            default -> 0;
        };
        if (e.getCode() == KeyCode.ESCAPE) {
            stage.close();
        } else if (target != 0) {
            goToPage(target);
            e.consume();
        }
    }

    /** Shows page {@code number} (1-based, clamped to the pages drawn so far) at the top of the window. */
    private void goToPage(int number) {
        if (images.isEmpty()) {
            return;
        }
        int page = Math.max(1, Math.min(number, images.size()));
        pages.applyCss();
        pages.layout();
        double scrollable = pages.getHeight() - scroll.getViewportBounds().getHeight();
        double top = pages.getChildren().get(page - 1).getBoundsInParent().getMinY() - PADDING;
        turning = true;
        try {
            scroll.setVvalue(scrollable <= 0 ? 0 : Math.max(0, Math.min(1, top / scrollable)));
        } finally {
            turning = false;
        }
        currentPage.set(page);
    }

    /** The page at the top of the window (the one a reader is on while scrolling). */
    private int pageAtTop() {
        double scrollable = pages.getHeight() - scroll.getViewportBounds().getHeight();
        double top = Math.max(0, scrollable) * scroll.getVvalue() + PADDING;
        List<Node> children = pages.getChildren();
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i).getBoundsInParent().getMaxY() > top) {
                return i + 1;
            }
        }
        return children.size();
    }

    private void fit(Fit mode) {
        fit = mode;
        applyFit();
    }

    /**
     * 适合宽度 / 适合页面 follow the window's size until the reader zooms by hand. One zoom for all
     * pages, fitted to the largest (the booklet mixes portrait text and landscape tables), so that
     * turning a page never changes the scale under the reader's eyes.
     */
    private void applyFit() {
        if (images.isEmpty() || fit == Fit.NONE) {
            return;
        }
        Bounds viewport = scroll.getViewportBounds();
        double widest = images.stream().mapToDouble(v -> v.getImage().getWidth()).max().orElseThrow();
        double tallest = images.stream().mapToDouble(v -> v.getImage().getHeight()).max().orElseThrow();
        double byWidth = (viewport.getWidth() - 2 * PADDING) / widest;
        // the page's number label sits under it: a page fits when both do
        double byHeight = (viewport.getHeight() - 2 * PADDING - 24) / tallest;
        setZoom(fit == Fit.WIDTH ? byWidth : Math.min(byWidth, byHeight));
    }

    private void zoomTo(double value) {
        fit = Fit.NONE;
        setZoom(value);
    }

    private void setZoom(double value) {
        int page = currentPage.get();
        zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value)));
        // Keep the reader on the same page whatever its new height.
        goToPage(page);
    }
}
