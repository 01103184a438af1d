package org.yusuan.workbench.app.export;

import org.yusuan.workbench.app.Messages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;
import org.yusuan.workbench.report.booklet.BookletOptions;
import org.yusuan.workbench.service.BookletExport;

/**
 * 打印预览: the booklet exactly as it will print (the same PDF the export writes), its pages
 * rendered one after another into a scrolling window while the rest are still being drawn.
 */
public final class BookletPreview {

    /** Screen resolution of the preview; enough to read the tables. */
    private static final float DPI = 72f;

    private BookletPreview() {
    }

    /** Builds and renders the booklet off the FX thread; the returned task drives the progress dialog. */
    public static Task<Integer> open(Window owner, Budget budget, ChartOfAccounts chart) {
        VBox pages = new VBox(16);
        pages.setAlignment(Pos.TOP_CENTER);
        pages.setStyle("-fx-padding: 16; -fx-background-color: #e5e7eb;");
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(Messages.get("export.preview.title"));
        ScrollPane scroll = new ScrollPane(pages);
        scroll.setFitToWidth(true);
        stage.setScene(new Scene(scroll, 900, 860));
        return new Task<>() {
            @Override
            protected Integer call() throws IOException {
                updateMessage(Messages.get("export.preview.layout"));
                Path pdf = Files.createTempFile("yusuan-preview", ".pdf");
                try {
                    BookletExport.write(budget, chart, pdf, BookletOptions.draft(BookletOptions.DEFAULT_WATERMARK));
                    Platform.runLater(stage::show);
                    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                        PDFRenderer renderer = new PDFRenderer(document);
                        int count = document.getNumberOfPages();
                        for (int i = 0; i < count && !isCancelled(); i++) {
                            updateMessage(Messages.get("export.preview.drawing", String.valueOf(i + 1), String.valueOf(count)));
                            updateProgress(i, count);
                            BufferedImage image = renderer.renderImageWithDPI(i, DPI);
                            var fxImage = SwingFXUtils.toFXImage(image, null);
                            int number = i + 1;
                            Platform.runLater(() -> pages.getChildren().addAll(new ImageView(fxImage),
                                    new Label(Messages.get("export.preview.page", String.valueOf(number)))));
                        }
                        return count;
                    }
                } finally {
                    Files.deleteIfExists(pdf);
                }
            }
        };
    }
}
