package org.yusuan.workbench.app.shell;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.yusuan.workbench.app.BackgroundTasks;
import org.yusuan.workbench.app.Messages;
import org.yusuan.workbench.app.RecentFiles;
import org.yusuan.workbench.app.WorkbenchSession;
import org.yusuan.workbench.app.audit.AuditView;
import org.yusuan.workbench.app.audit.AuditViewModel;
import org.yusuan.workbench.app.charts.ChartsView;
import org.yusuan.workbench.app.department.NarrativeInputsView;
import org.yusuan.workbench.app.department.NarrativeInputsViewModel;
import org.yusuan.workbench.app.department.PersonnelCalcView;
import org.yusuan.workbench.app.department.PersonnelCalcViewModel;
import org.yusuan.workbench.app.department.PublicCalcView;
import org.yusuan.workbench.app.department.PublicCalcViewModel;
import org.yusuan.workbench.app.department.UnitsView;
import org.yusuan.workbench.app.department.UnitsViewModel;
import org.yusuan.workbench.app.forms.FormsView;
import org.yusuan.workbench.app.forms.FormsViewModel;
import org.yusuan.workbench.app.lines.BasicLinesView;
import org.yusuan.workbench.app.lines.BasicLinesViewModel;
import org.yusuan.workbench.app.narrative.NarrativeView;
import org.yusuan.workbench.app.narrative.NarrativeViewModel;
import org.yusuan.workbench.app.overview.OverviewView;
import org.yusuan.workbench.app.overview.OverviewViewModel;
import org.yusuan.workbench.app.projects.ProjectsView;
import org.yusuan.workbench.app.projects.ProjectsViewModel;
import org.yusuan.workbench.app.tables.DisclosureTableView;
import org.yusuan.workbench.app.tables.TablesViewModel;
import org.yusuan.workbench.audit.RecordRef;
import org.yusuan.workbench.report.booklet.BookletOptions;
import org.yusuan.workbench.service.BudgetWorkspace;

/** The main window: menu bar, navigation tree, work area and status bar with the running totals. */
public final class MainWindow {

    private final BorderPane root = new BorderPane();
    private final StackPane workArea = new StackPane();
    private final TreeView<NavigationItem> navigation = new TreeView<>();
    private final StatusBarModel status = new StatusBarModel();
    private final MenuItem undo = new MenuItem();
    private final MenuItem redo = new MenuItem();
    /** Pages are built when first opened and kept; each listens to the workspace itself. */
    private final Map<String, Node> pages = new HashMap<>();
    private final Map<String, Supplier<Node>> pageFactories = new HashMap<>();
    private final FileActions files;
    private final WindowMemory memory;
    private final NavigationSplit split;
    /** Set while a file's own page is put back, which is not a change to remember. */
    private boolean restoring;
    private BudgetWorkspace workspace;
    private Path currentFile;

    /**
     * @param openRequest called with the file the user chose in 文件 → 打开
     * @param exitRequest called for 文件 → 退出
     * @param background  where exports and other long work run
     */
    public MainWindow(Consumer<Path> openRequest, Runnable exitRequest, BackgroundTasks background) {
        this(openRequest, exitRequest, background, WindowMemory.forgetful());
    }

    /** @param memory where the last page, the divider and the dialogs' folder are kept per budget file */
    public MainWindow(Consumer<Path> openRequest, Runnable exitRequest, BackgroundTasks background, WindowMemory memory) {
        this.memory = memory;
        files = new FileActions(() -> root.getScene().getWindow(), background, memory);
        root.getStyleClass().add("workbench");
        root.setTop(menuBar(openRequest, exitRequest));
        navigation.setId("navigation");
        navigation.setShowRoot(false);
        navigation.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now.getValue().page() != null) {
                showPage(now.getValue().page());
            }
        });
        split = new NavigationSplit(navigation, workArea, memory);
        root.setCenter(split.node());
        root.setBottom(statusBar());
    }

    public Parent root() {
        return root;
    }

    /** Shows a busy indicator with {@code message} while a file opens. */
    public void showBusy(String message) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        VBox busy = new VBox(16, spinner, new Label(message));
        busy.getStyleClass().add("busy");
        busy.setId("busy");
        workArea.getChildren().setAll(busy);
    }

    public void show(WorkbenchSession session) {
        pages.clear();
        pageFactories.clear();
        projectsModel = null;
        formsModel = null;
        files.use(session);
        currentFile = session.file();
        workspace = session.workspace().orElse(null);
        if (workspace == null) {
            split.forget();
            workArea.getChildren().setAll(new Label(Messages.get("app.noBudget")));
            return;
        }
        OverviewViewModel overview = new OverviewViewModel();
        overview.show(workspace.budget());
        AuditViewModel audit = new AuditViewModel(workspace);
        NarrativeViewModel narrative = new NarrativeViewModel(workspace);
        workspace.addListener(() -> {
            overview.show(workspace.budget());
            status.show(session.file(), workspace.budget());
            updateUndoRedo();
        });
        status.show(session.file(), workspace.budget());
        status.bindAudit(audit);
        updateUndoRedo();

        pageFactories.put("overview", () -> new OverviewView(overview).build());
        pageFactories.put("units", () -> new UnitsView(new UnitsViewModel(workspace)));
        pageFactories.put("personnelCalc", () -> new PersonnelCalcView(new PersonnelCalcViewModel(workspace)));
        pageFactories.put("publicCalc", () -> new PublicCalcView(new PublicCalcViewModel(workspace)));
        pageFactories.put("narrativeInputs", () -> new NarrativeInputsView(new NarrativeInputsViewModel(workspace)));
        pageFactories.put("basic", () -> lines(Messages.get("shell.page.basic"), BasicLinesViewModel.Scope.ALL));
        pageFactories.put("personnel", () -> lines(Messages.get("shell.page.personnel"), BasicLinesViewModel.Scope.PERSONNEL));
        pageFactories.put("public", () -> lines(Messages.get("shell.page.public"), BasicLinesViewModel.Scope.PUBLIC));
        for (int n = 1; n <= 13; n++) {
            int number = n;
            pageFactories.put("table" + n, () -> table(number));
        }
        pageFactories.put("projects", () -> {
            ProjectsView view = new ProjectsView(projects());
            view.setOnOpenForm(this::openForm);
            return view;
        });
        pageFactories.put("forms", () -> new FormsView(forms()));
        pageFactories.put("narrative", () -> new NarrativeView(narrative));
        pageFactories.put("charts", () -> new ChartsView(narrative));
        pageFactories.put("audit", () -> new AuditView(audit, this::jumpTo));
        navigation.setRoot(tree());
        split.restore(currentFile);
        restoring = true;
        try {
            showPage(memory.page(currentFile).filter(pageFactories::containsKey).orElse("overview"));
        } finally {
            restoring = false;
        }
    }

    /** The keys of every page the navigation offers, for {@link #showPage}. */
    public java.util.List<String> pageKeys() {
        return pageFactories.keySet().stream().sorted().toList();
    }

    /**
     * Opens a page by its key (overview, basic, personnel, public, projects, forms, table1 … table13,
     * narrative, charts, audit) and highlights it in the navigation, however it was asked for.
     */
    public void showPage(String key) {
        Node page = pages.computeIfAbsent(key, k -> pageFactories.get(k).get());
        workArea.getChildren().setAll(page);
        highlight(key);
        if (!restoring) {
            memory.rememberPage(currentFile, key);
        }
    }

    /**
     * Selects the navigation item of page {@code key} unless it is already selected: the tree's
     * selection listener shows the page again, and this check is what ends that round trip.
     */
    private void highlight(String key) {
        TreeItem<NavigationItem> selected = navigation.getSelectionModel().getSelectedItem();
        if (navigation.getRoot() == null || selected != null && key.equals(selected.getValue().page())) {
            return;
        }
        NavigationItem.find(navigation.getRoot(), key).ifPresent(item -> {
            navigation.getSelectionModel().select(item);
            navigation.scrollTo(navigation.getRow(item));
        });
    }

    /** Opens the screen of the record an audit finding is about. */
    public void jumpTo(RecordRef ref) {
        switch (ref.kind()) {
            case BASIC_LINE -> {
                showPage("basic");
                ((BasicLinesView) pages.get("basic")).select(ref.lineId());
            }
            case TABLE -> showPage("table" + ref.tableNumber());
            case DEPARTMENT, UNIT -> {
                showPage("units");
                if (ref.unitCode() != null) {
                    ((UnitsView) pages.get("units")).select(ref.unitCode());
                }
            }
            case FORM, INDICATOR -> openForm(ref.projectCode());
            default -> {
                showPage("projects");
                projects().select(ref.projectCode());
            }
        }
    }

    private ProjectsViewModel projectsModel;
    private FormsViewModel formsModel;

    /** Opens the 绩效目标 page on a project's form (null: the 部门整体 form). */
    private void openForm(String projectCode) {
        showPage("forms");
        ((FormsView) pages.get("forms")).select(projectCode);
    }

    private FormsViewModel forms() {
        if (formsModel == null) {
            formsModel = new FormsViewModel(workspace);
        }
        return formsModel;
    }

    /** The project list and card share one view model, so a jump can select a project. */
    private ProjectsViewModel projects() {
        if (projectsModel == null) {
            projectsModel = new ProjectsViewModel(workspace);
        }
        return projectsModel;
    }

    private Node lines(String title, BasicLinesViewModel.Scope scope) {
        return new BasicLinesView(title, new BasicLinesViewModel(workspace, scope));
    }

    private Node table(int number) {
        TablesViewModel model = new TablesViewModel(workspace);
        model.numberProperty().set(number);
        DisclosureTableView view = new DisclosureTableView();
        view.traceWith(model::trace);
        view.show(model.tableProperty().get());
        model.tableProperty().addListener((o, was, now) -> view.show(now));
        return view;
    }

    private TreeItem<NavigationItem> tree() {
        TreeItem<NavigationItem> root = new TreeItem<>(new NavigationItem("", null));
        root.getChildren().add(item(Messages.get("shell.nav.overview"), "overview"));
        root.getChildren().add(item(Messages.get("shell.nav.units"), "units"));
        TreeItem<NavigationItem> basic = item(Messages.get("shell.nav.basic"), "basic");
        basic.getChildren().add(item(Messages.get("shell.nav.personnel"), "personnel"));
        basic.getChildren().add(item(Messages.get("shell.nav.public"), "public"));
        basic.getChildren().add(item(Messages.get("shell.nav.personnelCalc"), "personnelCalc"));
        basic.getChildren().add(item(Messages.get("shell.nav.publicCalc"), "publicCalc"));
        basic.setExpanded(true);
        root.getChildren().add(basic);
        root.getChildren().add(item(Messages.get("shell.nav.projects"), "projects"));
        root.getChildren().add(item(Messages.get("forms.title"), "forms"));
        TreeItem<NavigationItem> tables = item(Messages.get("shell.nav.tables"), "table1");
        for (int n = 1; n <= 13; n++) {
            tables.getChildren().add(item(Messages.get("shell.nav.table", String.valueOf(n), shortTitle(n)), "table" + n));
        }
        tables.setExpanded(true);
        root.getChildren().add(tables);
        root.getChildren().add(item(Messages.get("shell.nav.narrativeInputs"), "narrativeInputs"));
        root.getChildren().add(item(Messages.get("shell.nav.narrative"), "narrative"));
        root.getChildren().add(item(Messages.get("shell.nav.charts"), "charts"));
        root.getChildren().add(item(Messages.get("shell.nav.audit"), "audit"));
        return root;
    }

    private String shortTitle(int n) {
        String title = workspace.live().tables().table(n).title();
        return title.replaceFirst("^\\d{4}年", "").replaceAll("（不含上年结转）", "");
    }

    private static TreeItem<NavigationItem> item(String label, String page) {
        return new TreeItem<>(new NavigationItem(label, page));
    }

    private void updateUndoRedo() {
        undo.setText(workspace.undoDescription().map(d -> Messages.get("shell.undoWith", d)).orElse(Messages.get("shell.undo")));
        undo.setDisable(!workspace.canUndo());
        redo.setText(workspace.redoDescription().map(d -> Messages.get("shell.redoWith", d)).orElse(Messages.get("shell.redo")));
        redo.setDisable(!workspace.canRedo());
    }

    private MenuBar menuBar(Consumer<Path> openRequest, Runnable exitRequest) {
        MenuItem open = new MenuItem(Messages.get("menu.file.open"));
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> files.chooseBudget().ifPresent(openRequest));
        MenuItem exit = new MenuItem(Messages.get("menu.file.exit"));
        exit.setOnAction(e -> exitRequest.run());
        MenuItem newBudget = new MenuItem(Messages.get("menu.file.new"));
        newBudget.setAccelerator(KeyCombination.keyCombination("Shortcut+N"));
        newBudget.setOnAction(e -> files.newBudget(openRequest));
        Menu recent = new Menu(Messages.get("menu.file.recent"));
        recent.setOnShowing(e -> recent.getItems().setAll(RecentFiles.ofUser().list().stream()
                .map(path -> {
                    MenuItem item = new MenuItem(path.toString());
                    item.setOnAction(a -> openRequest.accept(path));
                    return item;
                }).toList()));
        recent.getItems().add(new MenuItem(""));
        MenuItem importBook = new MenuItem(Messages.get("menu.file.importWorkbook"));
        importBook.setOnAction(e -> files.importWorkbook(() -> openRequest.accept(currentFile)));
        MenuItem copy = new MenuItem(Messages.get("menu.file.saveCopy"));
        copy.setOnAction(e -> files.saveCopy());
        MenuItem booklet = new MenuItem(Messages.get("menu.file.exportBooklet"));
        booklet.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        booklet.setOnAction(e -> files.exportBooklet(BookletOptions.FINAL));
        MenuItem archival = new MenuItem(Messages.get("menu.file.exportArchival"));
        archival.setOnAction(e -> files.exportBooklet(BookletOptions.ARCHIVAL));
        MenuItem draft = new MenuItem(Messages.get("menu.file.exportDraft"));
        draft.setOnAction(e -> files.exportBooklet(BookletOptions.draft(BookletOptions.DEFAULT_WATERMARK)));
        MenuItem tables = new MenuItem(Messages.get("menu.file.exportTables"));
        tables.setOnAction(e -> files.exportTables());
        MenuItem preview = new MenuItem(Messages.get("menu.file.preview"));
        preview.setAccelerator(KeyCombination.keyCombination("Shortcut+P"));
        preview.setOnAction(e -> files.preview());
        Menu file = new Menu(Messages.get("menu.file"), null, newBudget, open, recent, importBook, copy, new SeparatorMenuItem(),
                preview, booklet, archival, draft, tables, new SeparatorMenuItem(), exit);
        undo.setText(Messages.get("shell.undo"));
        undo.setAccelerator(KeyCombination.keyCombination("Shortcut+Z"));
        undo.setOnAction(e -> {
            if (workspace != null) {
                workspace.undo();
            }
        });
        undo.setDisable(true);
        redo.setText(Messages.get("shell.redo"));
        redo.setAccelerator(KeyCombination.keyCombination("Shortcut+Y"));
        redo.setOnAction(e -> {
            if (workspace != null) {
                workspace.redo();
            }
        });
        redo.setDisable(true);
        Menu edit = new Menu(Messages.get("menu.edit"), null, undo, redo);
        MenuItem about = new MenuItem(Messages.get("menu.help.about"));
        about.setOnAction(e -> AboutDialog.show(root.getScene().getWindow(), currentFile));
        Menu help = new Menu(Messages.get("menu.help"), null, about);
        return new MenuBar(file, edit, help);
    }

    private Node statusBar() {
        Label file = new Label();
        file.textProperty().bind(status.fileProperty());
        Label totals = new Label();
        totals.textProperty().bind(status.totalsProperty());
        totals.setId("status-totals");
        Label audit = new Label();
        audit.textProperty().bind(status.auditProperty());
        audit.setId("status-audit");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(16, totals, audit, spacer, file);
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}
