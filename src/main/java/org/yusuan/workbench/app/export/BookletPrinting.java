package org.yusuan.workbench.app.export;

import java.awt.GraphicsEnvironment;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.yusuan.workbench.app.common.BackgroundTasks;
import org.yusuan.workbench.app.common.DialogService;
import org.yusuan.workbench.app.common.Messages;

/**
 * 打印: sends the booklet's PDF to a printer through the system's print dialog. java.awt.print with
 * PDFBox's {@link PDFPageable} rather than JavaFX's PrinterJob: PDFBox draws each page at the
 * printer's own resolution, and takes each page's size and orientation from the PDF, where a
 * JavaFX job would print the preview's screen images. Without a printer (or a display) the user is
 * told so in words, and how to print elsewhere.
 */
final class BookletPrinting {

    enum Outcome { PRINTED, CANCELLED, NO_PRINTER }

    private BookletPrinting() {
    }

    /** Looks for printers and shows the print dialog off the FX thread (both can take a while). */
    static Task<Outcome> print(Window owner, byte[] pdf, String jobName, BackgroundTasks background) {
        Task<Outcome> task = new Task<>() {
            @Override
            protected Outcome call() throws IOException, PrinterException {
                if (GraphicsEnvironment.isHeadless() || PrinterJob.lookupPrintServices().length == 0) {
                    return Outcome.NO_PRINTER;
                }
                try (PDDocument document = Loader.loadPDF(pdf)) {
                    PrinterJob job = PrinterJob.getPrinterJob();
                    job.setJobName(jobName);
                    job.setPageable(new PDFPageable(document));
                    if (!job.printDialog()) {
                        return Outcome.CANCELLED;
                    }
                    job.print();
                    return Outcome.PRINTED;
                }
            }
        };
        task.setOnSucceeded(e -> {
            if (task.getValue() == Outcome.NO_PRINTER) {
                tell(owner, Alert.AlertType.INFORMATION, Messages.get("export.print.noPrinterTitle"),
                        Messages.get("export.print.noPrinter"));
            }
        });
        task.setOnFailed(e -> tell(owner, Alert.AlertType.ERROR, Messages.get("export.print.failed"),
                String.valueOf(task.getException().getMessage())));
        return background.submit(task);
    }

    private static void tell(Window owner, Alert.AlertType type, String header, String text) {
        Alert alert = new DialogService(() -> owner).box(type, header, text);
        alert.getDialogPane().setId("print-message");
        alert.show();
    }
}
