package org.slastudio.ui;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.slastudio.store.UserFolders;
import org.slastudio.ui.clauses.ClausesView;
import org.slastudio.ui.compare.CompareView;
import org.slastudio.ui.credits.CreditsView;
import org.slastudio.ui.help.HelpMenu;
import org.slastudio.ui.metrics.MetricsView;
import org.slastudio.ui.overview.OverviewView;
import org.slastudio.ui.parties.PartiesView;
import org.slastudio.ui.performance.PerformanceScreen;
import org.slastudio.ui.review.ExportView;
import org.slastudio.ui.review.ReviewView;
import org.slastudio.ui.services.ServicesView;
import org.slastudio.ui.simulator.SimulatorScreen;
import org.slastudio.ui.start.StartView;
import org.slastudio.ui.windows.WindowsView;
import org.slastudio.ui.wizard.WizardView;
import org.slastudio.ui.word.WordImportView;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/** The main window: menu bar, then the start screen or the wizard. */
public final class AppWindow {
    private AppWindow() {
    }

    public static Scene show(Stage stage, AppModel app, Settings settings) {
        Node start = StartView.of(app);
        SimulatorScreen simulator = new SimulatorScreen(app.draft(), app.wizard()::commitCurrent, app.dialogs(),
                app::draftFolder);
        PerformanceScreen performance = new PerformanceScreen(app.draft(), app.wizard()::commitCurrent, app.dialogs(),
                app::draftFolder);
        Node wizard = WizardView.of(app.wizard(), List.of(OverviewView.of(app.overview()), PartiesView.of(app.parties()),
                ServicesView.of(app.services()), WindowsView.of(app.windows()), CreditsView.of(app.credits()),
                MetricsView.of(app.metrics()), ReviewView.of(app.review(), ExportView.of(app.export(),
                        button("review-compare", "Compare with…", app.compare()::compareWith),
                        button("review-clauses", "Clauses…", app.clauses()::open),
                        simulator.simulateButton(), performance.performanceButton()))));
        Node compare = CompareView.of(app.compare());
        Node clauses = ClausesView.of(app.clauses());
        Node wordImport = WordImportView.of(app.wordImport());
        BorderPane root = new BorderPane();
        root.setId("app");
        root.setTop(menus(stage, app, settings, simulator, performance));
        Runnable place = () -> root.setCenter(!app.editing().get() ? start : simulator.showing().get() ? simulator.view()
                : performance.showing().get() ? performance.view() : app.compare().showing().get() ? compare : app.wordImport().showing().get() ? wordImport
                : app.clauses().showing().get() ? clauses : wizard);
        place.run();
        app.editing().addListener((o, was, is) -> {
            simulator.close();
            performance.close();
            place.run();
        });
        // One of the two at a time: opening either closes the other.
        simulator.showing().addListener((o, was, is) -> {
            if (is) {
                performance.close();
            }
            place.run();
        });
        performance.showing().addListener((o, was, is) -> {
            if (is) {
                simulator.close();
            }
            place.run();
        });
        // The compare and clause views opened from a menu while Performance shows take its place.
        app.compare().showing().addListener((o, was, is) -> {
            if (is) {
                performance.close();
            }
            place.run();
        });
        app.clauses().showing().addListener((o, was, is) -> {
            if (is) {
                performance.close();
            }
            place.run();
        });
        app.wordImport().showing().addListener((o, was, is) -> {
            if (is) {
                simulator.close();
                performance.close();
            }
            place.run();
        });

        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(AppWindow.class.getResource("app.css").toExternalForm());
        // Ahead of the text fields' own undo, so Ctrl+Z always undoes the last edit of the whole draft.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.Z && app.editing().get()) {
                if (e.isShiftDown()) {
                    app.wizard().redo();
                } else {
                    app.wizard().undo();
                }
                e.consume();
            }
        });
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            List<File> dropped = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            e.setDropCompleted(!dropped.isEmpty());
            e.consume();
            dropped.stream().filter(f -> f.getName().endsWith(AppModel.EXTENSION)).findFirst()
                    .ifPresent(f -> Platform.runLater(() -> app.open(f.toPath())));
        });
        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> app.editing().get() ? app.draft().windowTitle().get() : "SLA Studio",
                app.editing(), app.draft().windowTitle()));
        stage.setOnCloseRequest(e -> {
            if (!app.mayDiscard()) {
                e.consume();
            }
        });
        stage.setScene(scene);
        stage.setMinWidth(960);
        stage.setMinHeight(640);
        return scene;
    }

    private static MenuBar menus(Stage stage, AppModel app, Settings settings, SimulatorScreen simulator,
                                 PerformanceScreen performance) {
        Menu file = new Menu("_File");
        file.getItems().addAll(
                MenuItems.item("menu-new", "_New blank draft", "Shortcut+N", () -> app.begin(app.starters().get(0))),
                MenuItems.item("menu-open", "_Open…", "Shortcut+O", app::open),
                recentMenu(app),
                new SeparatorMenuItem(),
                editingItem(app, MenuItems.item("menu-save", "_Save", "Shortcut+S", app::save)),
                editingItem(app, MenuItems.item("menu-save-as", "Save _As…", "Shortcut+Shift+S", app::saveAs)),
                editingItem(app, MenuItems.item("menu-close", "_Close", "Shortcut+W", app::close)),
                new SeparatorMenuItem(),
                exportItem(app, MenuItems.item("menu-export-pdf", "_Export PDF…", "Shortcut+E", app.export()::exportPdf)),
                exportItem(app, MenuItems.item("menu-export-docx", "Export Word _document…", null, app.export()::exportWord)),
                exportItem(app, MenuItems.item("menu-options-memo", "Options _memo…", null, app.export()::exportMemo)),
                exportItem(app, MenuItems.item("menu-print", "_Print…", "Shortcut+P", app.export()::print)),
                new SeparatorMenuItem(),
                editingItem(app, MenuItems.item("menu-compare", "Compare _with…", null, app.compare()::compareWith)),
                exportItem(app, MenuItems.item("menu-import-docx", "_Import Word document…", null, app.wordImport()::importWord)),
                editingItem(app, MenuItems.item("menu-save-template", "Save as _template…", null,
                        () -> app.saveAsTemplate(UserFolders.templates()))),
                new SeparatorMenuItem(),
                MenuItems.item("menu-quit", "_Quit", "Shortcut+Q", () -> {
                    if (app.mayDiscard()) {
                        stage.close();
                    }
                }));
        MenuItem undo = MenuItems.item("menu-undo", "_Undo", null, app.wizard()::undo);
        undo.setText("_Undo\tCtrl+Z");
        undo.disableProperty().bind(app.draft().canUndo().not().or(app.editing().not()));
        MenuItem redo = MenuItems.item("menu-redo", "_Redo", null, app.wizard()::redo);
        redo.setText("_Redo\tCtrl+Shift+Z");
        redo.disableProperty().bind(app.draft().canRedo().not().or(app.editing().not()));
        MenuItem defaults = editingItem(app, MenuItems.item("menu-defaults", "Use this draft's currency and time zone for new drafts",
                null, () -> {
                    var o = app.draft().agreement().overview();
                    settings.update(p -> p.withDefaults(o == null ? null : o.currency(), o == null ? null : o.timeZone()));
                }));
        Menu edit = new Menu("_Edit");
        MenuItem clauses = editingItem(app, MenuItems.item("menu-clauses", "Insert clause from _library…", "Shortcut+L", app.clauses()::open));
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(), clauses, defaults);
        CheckMenuItem dark = new CheckMenuItem("_Dark theme");
        dark.setId("menu-dark-theme");
        dark.setSelected(settings.current().get().darkTheme());
        dark.setOnAction(e -> settings.update(p -> p.withDarkTheme(dark.isSelected())));
        Menu view = new Menu("_View");
        view.getItems().add(dark);
        MenuItem back = MenuItems.item("menu-back", "_Back", "Alt+Left", app.wizard()::back);
        back.disableProperty().bind(app.wizard().canGoBack().not().or(app.editing().not()));
        MenuItem next = MenuItems.item("menu-next", "_Next", "Alt+Right", app.wizard()::next);
        next.disableProperty().bind(app.wizard().canGoNext().not().or(app.editing().not()));
        MenuItem simulate = editingItem(app, MenuItems.item("menu-simulate", "_Simulate service levels…", "Shortcut+R", simulator::open));
        MenuItem performing = editingItem(app, MenuItems.item("menu-performance", "_Performance…", null, performance::open));
        Menu go = new Menu("_Go");
        go.getItems().addAll(back, next, new SeparatorMenuItem(), simulate, performing);
        MenuBar bar = new MenuBar(file, edit, view, go, HelpMenu.of(stage));
        bar.setId("menu-bar");
        return bar;
    }

    private static Menu recentMenu(AppModel app) {
        Menu recent = new Menu("Open _recent");
        recent.setId("menu-recent");
        Runnable fill = () -> {
            recent.getItems().clear();
            int i = 0;
            for (Path path : app.recent().paths()) {
                MenuItem item = MenuItems.item("menu-recent-" + i++, path.getFileName().toString(), null, () -> app.open(path));
                item.setMnemonicParsing(false);
                recent.getItems().add(item);
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        app.recent().paths().addListener((ListChangeListener<Path>) c -> fill.run());
        fill.run();
        return recent;
    }

    private static MenuItem editingItem(AppModel app, MenuItem item) {
        item.disableProperty().bind(app.editing().not());
        return item;
    }

    /** Disabled with no draft open, and while a document is being written or read: one at a time. */
    private static MenuItem exportItem(AppModel app, MenuItem item) {
        item.disableProperty().bind(app.editing().not().or(app.export().jobs().busy()));
        return item;
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }
}
