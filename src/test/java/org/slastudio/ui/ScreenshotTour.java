package org.slastudio.ui;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.slastudio.model.Agreement;
import org.slastudio.model.Clause;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.Negotiation;
import org.slastudio.model.Position;
import org.slastudio.model.Section;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;
import org.slastudio.negotiation.Decision;
import org.slastudio.review.Review;
import org.slastudio.store.Autosave;
import org.slastudio.store.Draft;
import org.slastudio.store.DraftStore;
import org.slastudio.store.TemplateCatalogue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Not a test: walks the real window through the example agreement and has ImageMagick photograph each screen, for
 * the README. Run under Xvfb: {@code xvfb-run -a -s "-screen 0 1280x800x24" java -cp ... ScreenshotTour OUT 1280 800},
 * with a fourth argument such as {@code help-menu,help-glossary} to keep only those shots.
 */
public final class ScreenshotTour {
    private record Shot(String name, Runnable before) {
    }

    private ScreenshotTour() {
    }

    public static void main(String[] args) {
        Application.launch(Tour.class, args);
    }

    /** Apart from {@code main}: the JavaFX jars are on the class path, where a main class must not be an Application. */
    public static final class Tour extends Application {
        @Override
        public void start(Stage stage) throws IOException {
            ScreenshotTour.start(stage, getParameters().getRaw());
        }
    }

    private static void start(Stage stage, List<String> args) throws IOException {
        Path out = Path.of(args.get(0));
        Files.createDirectories(out);
        Path scratch = Files.createTempDirectory("tour");
        Settings settings = Settings.inMemory();
        DesktopApp.applyTheme(settings.current().get());
        AppModel app = new AppModel(new StoreFiles(), new StoreRecovery(new Autosave(scratch.resolve("recovery"))),
                new FxDialogs(stage), DesktopApp.starters(TemplateCatalogue.builtIn(), settings),
                new RecentDrafts(scratch.resolve("recent.txt")), Review::of);
        AppWindow.show(stage, app, settings);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(Double.parseDouble(args.get(1)));
        stage.setHeight(Double.parseDouble(args.get(2)));
        stage.show();

        Path theirs = scratch.resolve("returned-by-customer.sla.json");
        Deque<Shot> shots = new ArrayDeque<>(List.of(
                new Shot("start-screen", () -> { }),
                new Shot("wizard-overview", () -> app.begin(app.example().orElseThrow())),
                new Shot("wizard-parties", () -> app.wizard().goTo(1)),
                new Shot("wizard-services", () -> app.wizard().goTo(2)),
                new Shot("wizard-windows", () -> app.wizard().goTo(3)),
                new Shot("wizard-credits", () -> app.wizard().goTo(4)),
                new Shot("wizard-credits-level", () -> {
                    // Object Storage given a table of its own, its top band drawn at its target
                    ((javafx.scene.control.ComboBox<?>) stage.getScene().lookup("#credits-scope")).getSelectionModel().select(2);
                    ((javafx.scene.control.Button) stage.getScene().lookup("#credits-own-tiers")).fire();
                    var upper = (javafx.scene.control.TextField) stage.getScene().lookup("#credits-tier-0-upper");
                    upper.setText("target");
                    upper.fireEvent(new javafx.event.ActionEvent());
                }),
                new Shot("wizard-metrics", () -> {
                    ((javafx.scene.control.ComboBox<?>) stage.getScene().lookup("#credits-scope")).getSelectionModel().select(0);
                    app.wizard().goTo(5);
                }),
                new Shot("wizard-review", () -> app.wizard().goTo(6)),
                new Shot("compare", () -> {
                    try {
                        DraftStore.save(theirs, Draft.of(counterOffer(app.draft().agreement())));
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                    app.wizard().edit(a -> a.withNegotiation(new Negotiation(List.of(
                            new Position("services[" + a.services().get(0).id() + "].levels[" + a.services().get(0).levels().get(0).windowId()
                                    + "].targetPercent", new BigDecimal("99.95"), List.of(new BigDecimal("99.96")), new BigDecimal("99.97")),
                            new Position("creditRegime.monthlyCapPercent", new BigDecimal("50"), List.of(new BigDecimal("55")),
                                    new BigDecimal("60"))), List.of())));
                    app.compare().compareWith(theirs);
                    app.compare().rows().get(0).decision().set(Decision.ACCEPT);
                }),
                new Shot("word-import", () -> {
                    // Our Word document of the draft on screen, as the customer's counsel returns it.
                    Path returned = scratch.resolve("returned-by-customer.docx");
                    try {
                        java.io.ByteArrayOutputStream sent = new java.io.ByteArrayOutputStream();
                        org.slastudio.export.WordDocument.write(Draft.of(app.draft().agreement()),
                                org.slastudio.export.ExportOptions.draft(), sent);
                        Files.write(returned, new org.slastudio.word.Counterparty(sent.toByteArray())
                                .trackedReplace("services[0].levels[0].targetPercent", "99.95", "99.9")
                                .trackedReplace("creditRegime.tiers[0].creditPercent", "10", "15")
                                .plainEdit("creditRegime.monthlyCapPercent", "40%")
                                .comment("services[0].levels[0].targetPercent",
                                        "99.95% is not achievable in the first year; 99.9% as in our standard terms.")
                                .comment("services[2].name", "Does the portal include the mobile app?")
                                .removeControl("services[1].description", "S3-compatible object storage in two regions.")
                                .insertParagraphAfter("clauses[10].text",
                                        "Either party may ask for an extraordinary review after a Priority 1 Incident.")
                                .save());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    app.wordImport().importWord(returned);
                }),
                new Shot("clauses", () -> {
                    app.wordImport().close();
                    app.compare().close();
                    app.wizard().goTo(4);
                    app.clauses().open();
                    app.clauses().selected().set(0);
                    // A library clause read in full before it is inserted.
                    app.clauses().chosen().set(app.clauses().library().get(0));
                }),
                new Shot("clauses-figures", () -> {
                    app.clauses().section().set(org.slastudio.model.Section.TERMINATION);
                    app.clauses().selected().set(0);
                    app.clauses().figures().selected().set(0);
                    stage.getScene().getRoot().lookupAll(".scroll-pane").forEach(n -> ((javafx.scene.control.ScrollPane) n).setVvalue(1));
                }),
                new Shot("help-menu", () -> {
                    app.clauses().close();
                    app.wizard().goTo(4);
                    helpMenu(stage).show();
                }),
                new Shot("help-glossary", () -> {
                    helpMenu(stage).hide();
                    fire(helpMenu(stage), "menu-help-glossary");
                    Stage glossary = helpWindow(stage);
                    glossary.setX(stage.getWidth() - glossary.getWidth() - 40);
                    glossary.setY(60);
                    ((javafx.scene.control.TextField) glossary.getScene().lookup("#help-glossary-search")).setText("cap");
                }),
                new Shot("help-guide", () -> {
                    helpWindow(stage).close();
                    fire(helpMenu(stage), "menu-help-guide");
                    Stage guide = helpWindow(stage);
                    guide.setX(stage.getWidth() - guide.getWidth() - 40);
                    guide.setY(60);
                    ((javafx.scene.control.ListView<?>) guide.getScene().lookup("#help-guide-chapters")).getSelectionModel().select(1);
                }),
                new Shot("help-screens", () -> {
                    helpWindow(stage).close();
                    fire(helpMenu(stage), "menu-help-screens");
                    Stage screens = helpWindow(stage);
                    screens.setX(stage.getWidth() - screens.getWidth() - 40);
                    screens.setY(50);
                }),
                new Shot("help-tooltip", () -> {
                    helpWindow(stage).close();
                    var field = (javafx.scene.control.Control) stage.getScene().lookup("#credits-at-risk");
                    field.requestFocus();
                    var below = field.localToScreen(field.getWidth() / 3, field.getHeight() + 4);
                    field.getTooltip().show(field, below.getX(), below.getY());
                }),
                new Shot("simulator", () -> {
                    var tip = ((javafx.scene.control.Control) stage.getScene().lookup("#credits-at-risk")).getTooltip();
                    tip.hide();
                    app.clauses().close();
                    // The example as it ships, without the level table the credits shot gave Object Storage.
                    app.draft().commit(app.example().orElseThrow().draft().get().agreement());
                    ((javafx.scene.control.MenuBar) stage.getScene().lookup("#menu-bar")).getMenus().stream()
                            .flatMap(m -> m.getItems().stream()).filter(i -> "menu-simulate".equals(i.getId()))
                            .findFirst().orElseThrow().fire();
                }),
                new Shot("simulator-dependencies", () -> ((javafx.scene.control.TabPane) stage.getScene()
                        .lookup("#simulator-tabs")).getSelectionModel().select(1)),
                new Shot("performance", () -> {
                    fire(((javafx.scene.control.MenuBar) stage.getScene().lookup("#menu-bar")).getMenus().stream()
                            .filter(m -> m.getText().equals("_Go")).findFirst().orElseThrow(), "menu-performance");
                    ((javafx.scene.control.DatePicker) stage.getScene().lookup("#performance-as-of"))
                            .setValue(java.time.LocalDate.parse("2026-11-20"));
                    @SuppressWarnings("unchecked")
                    var table = (javafx.scene.control.TableView<org.slastudio.ui.performance.PerformanceRow>)
                            stage.getScene().lookup("#performance-table");
                    // June's credit on the platform, once the year is worked out: lost to August's miss.
                    ((javafx.scene.control.Label) stage.getScene().lookup("#performance-status")).textProperty().addListener(
                            (o, was, is) -> table.getItems().stream()
                                    .filter(r -> r.period().equals("2026-06") && r.entry().service().id().equals("kubernetes"))
                                    .findFirst().ifPresent(r -> {
                                        table.getSelectionModel().select(r);
                                        table.scrollTo(Math.max(0, table.getItems().indexOf(r) - 3));
                                    }));
                    try {
                        FileDrops.drop(stage.getScene().lookup("#performance"),
                                org.slastudio.ui.performance.ExampleRecords.year(scratch).toFile());
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                })));
        // Optional: the names of the shots to keep, comma-separated; the others' steps still run, to reach their state.
        List<String> only = args.size() > 3 ? List.of(args.get(3).split(",")) : List.of();
        next(shots, out, only);
    }

    private static javafx.scene.control.Menu helpMenu(Stage stage) {
        return ((javafx.scene.control.MenuBar) stage.getScene().lookup("#menu-bar")).getMenus().stream()
                .filter(m -> "menu-help".equals(m.getId())).findFirst().orElseThrow();
    }

    private static void fire(javafx.scene.control.Menu menu, String id) {
        menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow().fire();
    }

    /** The help window open beside the main one. */
    private static Stage helpWindow(Stage stage) {
        return javafx.stage.Window.getWindows().stream().filter(w -> w instanceof Stage && w != stage).map(Stage.class::cast)
                .findFirst().orElseThrow();
    }

    private static void next(Deque<Shot> shots, Path out, List<String> only) {
        if (shots.isEmpty()) {
            Platform.exit();
            return;
        }
        Shot shot = shots.pop();
        shot.before().run();
        // The first look at the wizard builds every step, which takes a while on a cold JVM.
        boolean taken = only.isEmpty() || only.contains(shot.name());
        PauseTransition settle = new PauseTransition(Duration.millis(shot.name().equals("wizard-overview")
                || shot.name().equals("word-import") || shot.name().equals("performance") ? 3000
                : shot.name().equals("simulator") ? 8000 : taken ? 1200 : 400));
        settle.setOnFinished(e -> {
            if (!taken) {
                next(shots, out, only);
                return;
            }
            try {
                new ProcessBuilder("import", "-window", "root", out.resolve(shot.name() + ".png").toString())
                        .inheritIO().start().waitFor();
            } catch (IOException | InterruptedException ex) {
                throw new IllegalStateException(ex);
            }
            next(shots, out, only);
        });
        settle.play();
    }

    /** What a customer might send back: a higher target on the first service, a higher cap, a reworded remedy clause. */
    static Agreement counterOffer(Agreement ours) {
        Service first = ours.services().get(0);
        List<ServiceLevel> levels = new ArrayList<>(first.levels());
        ServiceLevel level = levels.get(0);
        levels.set(0, new ServiceLevel(level.windowId(), level.targetPercent().add(new BigDecimal("0.04")), level.creditBearing()));
        List<Service> services = new ArrayList<>(ours.services());
        services.set(0, new Service(first.id(), first.name(), first.description(), first.providerId(), first.recipientId(),
                first.monthlyFee(), first.businessImportance(), first.downtimeCostPerHour(), levels, first.measurement()));
        CreditRegime r = ours.creditRegime();
        List<Clause> clauses = new ArrayList<>();
        for (Clause c : ours.clauses()) {
            clauses.add(c.section() == Section.SERVICE_CREDITS
                    ? new Clause(c.section(), c.heading(), c.text().replaceFirst("sole and exclusive", "first")) : c);
        }
        return ours.withServices(services).withClauses(clauses).withCreditRegime(new CreditRegime(r.tiers(), r.feeBasis(),
                r.monthlyCapPercent() == null ? new BigDecimal("50") : r.monthlyCapPercent().add(new BigDecimal("10")),
                r.rollingTwelveMonthCapPercent(), r.atRisk(), r.minimumCredit(), r.earnBack(), r.claimDeadline(), r.soleRemedy()));
    }
}
