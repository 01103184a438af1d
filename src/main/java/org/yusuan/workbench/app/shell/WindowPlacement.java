package org.yusuan.workbench.app.shell;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.yusuan.workbench.app.shell.WindowMemory.Geometry;

/**
 * The main window's place on the desktop, per budget file: put back where it was when the file was
 * last open (if that is still on a screen), and remembered as the user moves, resizes or maximizes
 * it. The page and the divider are {@link MainWindow}'s.
 */
public final class WindowPlacement {

    private final Stage stage;
    private final WindowMemory memory;
    private Path file;
    /** The bounds the window returns to from maximized; the ones remembered while it is maximized. */
    private Geometry normal;
    /** Set while a file's own geometry is put back, which is not a move to remember. */
    private boolean restoring;

    public WindowPlacement(Stage stage, WindowMemory memory) {
        this.stage = stage;
        this.memory = memory;
        for (var property : List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(), stage.heightProperty())) {
            property.addListener((o, was, now) -> remember());
        }
        stage.maximizedProperty().addListener((o, was, now) -> remember());
    }

    /** The window's size on a first start: 1280×800, or the screen's working area where that is smaller. */
    public static final double FIRST_WIDTH = 1280;
    public static final double FIRST_HEIGHT = 800;

    /**
     * Where the window opens before any file has a remembered place: its first size, no larger than
     * the working area of {@code screen} (a 1366×768 laptop would otherwise lose the status bar
     * below the screen's edge), centred in it.
     */
    public static Rectangle2D firstPlace(Rectangle2D screen) {
        double width = Math.min(FIRST_WIDTH, screen.getWidth());
        double height = Math.min(FIRST_HEIGHT, screen.getHeight());
        return new Rectangle2D(screen.getMinX() + (screen.getWidth() - width) / 2,
                screen.getMinY() + (screen.getHeight() - height) / 2, width, height);
    }

    /** Puts the stage at its {@link #firstPlace} on the primary screen. */
    public static void placeFirst(Stage stage) {
        Rectangle2D place = firstPlace(Screen.getPrimary().getVisualBounds());
        stage.setX(place.getMinX());
        stage.setY(place.getMinY());
        stage.setWidth(place.getWidth());
        stage.setHeight(place.getHeight());
    }

    /** Shows {@code session} in {@code window}, the stage placed as it was when its file was last open. */
    public void show(MainWindow window, WorkbenchSession session) {
        restore(session.file());
        window.show(session);
    }

    private void restore(Path file) {
        this.file = file;
        memory.geometry(file)
                .flatMap(g -> WindowMemory.onScreen(g, Screen.getScreens().stream().map(Screen::getVisualBounds).toList()))
                .ifPresent(g -> {
                    restoring = true;
                    try {
                        stage.setMaximized(false);
                        stage.setX(g.x());
                        stage.setY(g.y());
                        stage.setWidth(g.width());
                        stage.setHeight(g.height());
                        stage.setMaximized(g.maximized());
                        normal = new Geometry(g.x(), g.y(), g.width(), g.height(), false);
                    } finally {
                        restoring = false;
                    }
                });
    }

    private void remember() {
        if (restoring || file == null) {
            return;
        }
        if (!stage.isMaximized() && !stage.isIconified()) {
            normal = new Geometry(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        }
        if (normal != null) {
            memory.rememberGeometry(file, new Geometry(normal.x(), normal.y(), normal.width(), normal.height(),
                    stage.isMaximized()));
        }
    }
}
