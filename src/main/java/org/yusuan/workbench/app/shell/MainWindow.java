package org.yusuan.workbench.app.shell;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
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
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.yusuan.workbench.app.audit.AuditView;
import org.yusuan.workbench.app.audit.AuditViewModel;
import org.yusuan.workbench.app.charts.ChartsView;
import org.yusuan.workbench.app.common.BackgroundTasks;
import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.app.common.RecentFiles;
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
import org.yusuan.workbench.app.wording.WordingView;
import org.yusuan.workbench.app.wording.WordingViewModel;
import org.yusuan.workbench.app.narrative.NarrativeViewModel;
import org.yusuan.workbench.app.overview.OverviewView;
import org.yusuan.workbench.app.overview.OverviewViewModel;
import org.yusuan.workbench.app.projects.ProjectsView;
import org.yusuan.workbench.app.projects.ProjectsViewModel;
import org.yusuan.workbench.app.tables.DisclosureTableView;
import org.yusuan.workbench.app.tables.TablesViewModel;
import org.yusuan.workbench.audit.RecordRef;
import org.yusuan.workbench.domain.publication.BookletOptions;
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
    private final Map<Page, Lazy<? extends Node>> pages = new HashMap<>();
    /** The pages a jump talks to, typed, so a jump needs no downcast. */
    private Lazy<BasicLinesView> basicPage;
    private Lazy<UnitsView> unitsPage;
    private Lazy<FormsView> formsPage;
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
        root.setBottom(new StatusBar(status));
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
            NavigationItem.retitleTables(navigation.getRoot(), this::tableLabel); // 文本与标题 may rename them
        });
        status.show(session.file(), workspace.budget());
        status.bindAudit(audit);
        updateUndoRedo();

        basicPage = new Lazy<>(() -> lines(Messages.get("shell.page.basic"), BasicLinesViewModel.Scope.ALL));
        unitsPage = new Lazy<>(() -> new UnitsView(new UnitsViewModel(workspace)));
        formsPage = new Lazy<>(() -> new FormsView(forms()));
        pages.put(Page.Screen.OVERVIEW, new Lazy<>(() -> new OverviewView(overview).build()));
        pages.put(Page.Screen.UNITS, unitsPage);
        pages.put(Page.Screen.PERSONNEL_CALC, new Lazy<>(() -> new PersonnelCalcView(new PersonnelCalcViewModel(workspace))));
        pages.put(Page.Screen.PUBLIC_CALC, new Lazy<>(() -> new PublicCalcView(new PublicCalcViewModel(workspace))));
        pages.put(Page.Screen.NARRATIVE_INPUTS, new Lazy<>(() -> new NarrativeInputsView(new NarrativeInputsViewModel(workspace))));
        pages.put(Page.Screen.BASIC, basicPage);
        pages.put(Page.Screen.PERSONNEL, new Lazy<>(() -> lines(Messages.get("shell.page.personnel"), BasicLinesViewModel.Scope.PERSONNEL)));
        pages.put(Page.Screen.PUBLIC, new Lazy<>(() -> lines(Messages.get("shell.page.public"), BasicLinesViewModel.Scope.PUBLIC)));
        for (int n = 1; n <= Page.Table.COUNT; n++) {
            int number = n;
            pages.put(new Page.Table(n), new Lazy<>(() -> table(number)));
        }
        pages.put(Page.Screen.PROJECTS, new Lazy<>(() -> {
            ProjectsView view = new ProjectsView(projects());
            view.setOnOpenForm(this::openForm);
            return view;
        }));
        pages.put(Page.Screen.FORMS, formsPage);
        pages.put(Page.Screen.NARRATIVE, new Lazy<>(() -> new NarrativeView(narrative)));
        pages.put(Page.Screen.WORDING, new Lazy<>(() -> new WordingView(new WordingViewModel(workspace))));
        pages.put(Page.Screen.CHARTS, new Lazy<>(() -> new ChartsView(narrative.figuresProperty())));
        pages.put(Page.Screen.AUDIT, new Lazy<>(() -> new AuditView(audit, this::jumpTo)));
        navigation.setRoot(tree());
        split.restore(currentFile);
        restoring = true;
        try {
            showPage(memory.page(currentFile).flatMap(Page::of).orElse(Page.Screen.OVERVIEW));
        } finally {
            restoring = false;
        }
    }

    /** Opens {@code page} and highlights it in the navigation, however it was asked for. */
    public void showPage(Page page) {
        Lazy<? extends Node> built = pages.get(page);
        if (built == null) {
            return; // a file without a budget has no pages
        }
        workArea.getChildren().setAll(built.get());
        highlight(page);
        if (!restoring) {
            memory.rememberPage(currentFile, page.key());
        }
    }

    /**
     * Selects the navigation item of page {@code key} unless it is already selected: the tree's
     * selection listener shows the page again, and this check is what ends that round trip.
     */
    private void highlight(Page page) {
        TreeItem<NavigationItem> selected = navigation.getSelectionModel().getSelectedItem();
        if (navigation.getRoot() == null || selected != null && page.equals(selected.getValue().page())) {
            return;
        }
        NavigationItem.find(navigation.getRoot(), page).ifPresent(item -> {
            navigation.getSelectionModel().select(item);
            navigation.scrollTo(navigation.getRow(item));
        });
    }

    /** Opens the screen of the record an audit finding is about. */
    public void jumpTo(RecordRef ref) {
        switch (ref.kind()) {
            case BASIC_LINE -> {
                showPage(Page.Screen.BASIC);
                basicPage.get().select(ref.lineId());
            }
            case TABLE -> showPage(new Page.Table(ref.tableNumber()));
            case DEPARTMENT, UNIT -> {
                showPage(Page.Screen.UNITS);
                if (ref.unitCode() != null) {
                    unitsPage.get().select(ref.unitCode());
                }
            }
            case FORM, INDICATOR -> openForm(ref.projectCode());
            default -> {
                showPage(Page.Screen.PROJECTS);
                projects().select(ref.projectCode());
            }
        }
    }

    private ProjectsViewModel projectsModel;
    private FormsViewModel formsModel;

    /** Opens the 绩效目标 page on a project's form (null: the 部门整体 form). */
    private void openForm(String projectCode) {
        showPage(Page.Screen.FORMS);
        formsPage.get().select(projectCode);
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

    private BasicLinesView lines(String title, BasicLinesViewModel.Scope scope) {
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
        root.getChildren().add(item(Messages.get("shell.nav.overview"), Page.Screen.OVERVIEW));
        root.getChildren().add(item(Messages.get("shell.nav.units"), Page.Screen.UNITS));
        TreeItem<NavigationItem> basic = item(Messages.get("shell.nav.basic"), Page.Screen.BASIC);
        basic.getChildren().add(item(Messages.get("shell.nav.personnel"), Page.Screen.PERSONNEL));
        basic.getChildren().add(item(Messages.get("shell.nav.public"), Page.Screen.PUBLIC));
        basic.getChildren().add(item(Messages.get("shell.nav.personnelCalc"), Page.Screen.PERSONNEL_CALC));
        basic.getChildren().add(item(Messages.get("shell.nav.publicCalc"), Page.Screen.PUBLIC_CALC));
        basic.setExpanded(true);
        root.getChildren().add(basic);
        root.getChildren().add(item(Messages.get("shell.nav.projects"), Page.Screen.PROJECTS));
        root.getChildren().add(item(Messages.get("forms.title"), Page.Screen.FORMS));
        TreeItem<NavigationItem> tables = item(Messages.get("shell.nav.tables"), new Page.Table(1));
        for (int n = 1; n <= Page.Table.COUNT; n++) {
            tables.getChildren().add(item(tableLabel(n), new Page.Table(n)));
        }
        tables.setExpanded(true);
        root.getChildren().add(tables);
        root.getChildren().add(item(Messages.get("shell.nav.narrativeInputs"), Page.Screen.NARRATIVE_INPUTS));
        root.getChildren().add(item(Messages.get("shell.nav.narrative"), Page.Screen.NARRATIVE));
        root.getChildren().add(item(Messages.get("shell.nav.wording"), Page.Screen.WORDING));
        root.getChildren().add(item(Messages.get("shell.nav.charts"), Page.Screen.CHARTS));
        root.getChildren().add(item(Messages.get("shell.nav.audit"), Page.Screen.AUDIT));
        return root;
    }

    private String tableLabel(int n) {
        String title = workspace.tableTitle(n).replaceFirst("^\\d{4}年", "").replaceAll("（不含上年结转）", "");
        return Messages.get("shell.nav.table", String.valueOf(n), title);
    }

    private static TreeItem<NavigationItem> item(String label, Page page) {
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
        MenuItem nextYear = new MenuItem(Messages.get("menu.file.nextYear"));
        nextYear.setOnAction(e -> files.nextYear(openRequest));
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
        MenuItem wordingOut = new MenuItem(Messages.get("menu.file.exportWording"));
        wordingOut.setOnAction(e -> files.exportWording());
        MenuItem wordingIn = new MenuItem(Messages.get("menu.file.importWording"));
        wordingIn.setOnAction(e -> files.importWording());
        MenuItem tables = new MenuItem(Messages.get("menu.file.exportTables"));
        tables.setOnAction(e -> files.exportTables());
        MenuItem submission = new MenuItem(Messages.get("menu.file.exportPackage"));
        submission.setOnAction(e -> files.exportPackage());
        MenuItem bureau = new MenuItem(Messages.get("menu.file.bureau"));
        bureau.setOnAction(e -> org.yusuan.workbench.app.bureau.BureauWindow.show(root.getScene().getWindow()));
        MenuItem preview = new MenuItem(Messages.get("menu.file.preview"));
        preview.setAccelerator(KeyCombination.keyCombination("Shortcut+P"));
        preview.setOnAction(e -> files.preview());
        Menu file = new Menu(Messages.get("menu.file"), null, newBudget, nextYear, open, recent, importBook, copy, new SeparatorMenuItem(),
                preview, booklet, archival, draft, tables, submission, wordingOut, wordingIn, new SeparatorMenuItem(), bureau,
                new SeparatorMenuItem(), exit);
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
}
