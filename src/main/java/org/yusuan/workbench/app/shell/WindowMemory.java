package org.yusuan.workbench.app.shell;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import org.yusuan.workbench.app.common.UserPreferences;

/**
 * What the window looked like when a budget file was last open: size, position, divider, page and
 * the folder last used in a file dialog. One preferences node per file, named by a hash of its
 * absolute path because node names and keys are limited to 80 characters.
 */
public final class WindowMemory {

    /** Below this the navigation tree shows only the first character or two of each item. */
    static final double MIN_NAVIGATION_WIDTH = 180;
    /** A stored position counts as on screen only if this much of the title bar area can be grabbed. */
    private static final double GRAB = 80;

    /** Null: remember nothing (windows built by tests and tools must not write the user's preferences). */
    private final Preferences root;

    public WindowMemory(Preferences root) {
        this.root = root;
    }

    /** The user's own memory. */
    public static WindowMemory ofUser() {
        return new WindowMemory(UserPreferences.node("windows"));
    }

    /** A memory that forgets everything. */
    public static WindowMemory forgetful() {
        return new WindowMemory(null);
    }

    /** The window's bounds on the desktop; {@code maximized} keeps the bounds it returns to. */
    public record Geometry(double x, double y, double width, double height, boolean maximized) { }

    public Optional<String> page(Path file) {
        return node(file).map(n -> n.get("page", null));
    }

    public void rememberPage(Path file, String page) {
        node(file).ifPresent(n -> n.put("page", page));
    }

    public OptionalDouble divider(Path file) {
        double value = node(file).map(n -> n.getDouble("divider", Double.NaN)).orElse(Double.NaN);
        return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    public void rememberDivider(Path file, double position) {
        node(file).ifPresent(n -> n.putDouble("divider", position));
    }

    public Optional<Geometry> geometry(Path file) {
        return node(file).filter(n -> n.getDouble("width", 0) > 0).map(n -> new Geometry(n.getDouble("x", 0),
                n.getDouble("y", 0), n.getDouble("width", 0), n.getDouble("height", 0), n.getBoolean("maximized", false)));
    }

    public void rememberGeometry(Path file, Geometry geometry) {
        node(file).ifPresent(n -> {
            n.putDouble("x", geometry.x());
            n.putDouble("y", geometry.y());
            n.putDouble("width", geometry.width());
            n.putDouble("height", geometry.height());
            n.putBoolean("maximized", geometry.maximized());
        });
    }

    /** The folder of the file last chosen in a file dialog while {@code file} was open. */
    public Optional<Path> folder(Path file) {
        return node(file).map(n -> n.get("folder", null)).map(Path::of);
    }

    public void rememberFolder(Path file, Path folder) {
        node(file).ifPresent(n -> n.put("folder", folder.toAbsolutePath().toString()));
    }

    /**
     * Where a file dialog starts: the folder last used for this budget file, else the budget file's
     * own folder, else nothing (the dialog's default); folders deleted since are skipped.
     */
    public static Optional<Path> initialFolder(Path budgetFile, Optional<Path> lastUsed) {
        return lastUsed.filter(Files::isDirectory)
                .or(() -> Optional.ofNullable(budgetFile).map(f -> f.toAbsolutePath().getParent()).filter(Files::isDirectory));
    }

    /**
     * The stored geometry if enough of it is on one of {@code screens} to grab and move the window
     * (a monitor unplugged since would otherwise put it out of reach), shrunk to fit that screen.
     */
    public static Optional<Geometry> onScreen(Geometry stored, List<Rectangle2D> screens) {
        for (Rectangle2D screen : screens) {
            Rectangle2D grab = new Rectangle2D(stored.x(), stored.y(), Math.max(GRAB, stored.width()), GRAB / 2);
            Rectangle2D visible = intersection(grab, screen);
            if (visible != null && visible.getWidth() >= Math.min(GRAB, stored.width()) && visible.getHeight() >= GRAB / 4) {
                return Optional.of(new Geometry(stored.x(), stored.y(), Math.min(stored.width(), screen.getWidth()),
                        Math.min(stored.height(), screen.getHeight()), stored.maximized()));
            }
        }
        return Optional.empty();
    }

    /**
     * A divider position that leaves the navigation at least {@link #MIN_NAVIGATION_WIDTH} wide (and
     * the work area most of the window) in a split pane {@code width} wide.
     */
    public static double sensibleDivider(double stored, double width) {
        return sensibleDivider(stored, width, MIN_NAVIGATION_WIDTH);
    }

    /** Likewise for a navigation that needs {@code navigationWidth} to show its items whole. */
    public static double sensibleDivider(double stored, double width, double navigationWidth) {
        double least = width > 0 ? Math.min(0.5, Math.max(MIN_NAVIGATION_WIDTH, navigationWidth) / width) : 0.15;
        if (Double.isNaN(stored)) {
            return Math.max(0.2, least);
        }
        return Math.max(least, Math.min(0.5, stored));
    }

    private static Rectangle2D intersection(Rectangle2D a, Rectangle2D b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        double maxY = Math.min(a.getMaxY(), b.getMaxY());
        return maxX > minX && maxY > minY ? new Rectangle2D(minX, minY, maxX - minX, maxY - minY) : null;
    }

    private Optional<Preferences> node(Path file) {
        if (root == null || file == null) {
            return Optional.empty();
        }
        return Optional.of(root.node(hash(file.toAbsolutePath().normalize().toString())));
    }

    private static String hash(String path) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
