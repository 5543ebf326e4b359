package dev.aegisplanner.app.editor.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.app.document.SelectionModel;
import dev.aegisplanner.app.document.TopologyDocument;
import dev.aegisplanner.app.editor.tasks.BackgroundWork;
import dev.aegisplanner.app.render.Samples;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.app.render.CanvasPalette;
import dev.aegisplanner.model.topology.Zone;
import dev.aegisplanner.model.validation.Validator;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleStringProperty;
import javafx.concurrent.Task;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** File > Export writes what the command line writes, in the background, whole or not at all. */
@ExtendWith(ApplicationExtension.class)
class DocumentExportsTest {

    @TempDir
    Path folder;

    private final TopologyDocument document = new TopologyDocument(Samples.read("global-retailer.json"), null);
    private final SelectionModel selection = new SelectionModel();
    private final BackgroundWork work = new BackgroundWork();
    private final Dialogs dialogs = new Dialogs();
    private final DocumentExports exports = new DocumentExports(document, selection,
            new SimpleStringProperty("global-retailer.json"), work, dialogs, Validator::validation);

    @AfterEach
    void stopWork() {
        work.close();
    }

    @Test
    void aPngOfTheWholeTopologyIsWrittenWhereThePlannerChose() throws Exception {
        dialogs.answer = folder.resolve("retailer.png");

        finish(WaitForAsyncUtils.waitForAsyncFx(5_000, () -> exports.export(ExportTarget.PNG)));

        BufferedImage image = ImageIO.read(dialogs.answer.toFile());
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(dialogs.suggested).containsExactly("global-retailer.png");
        assertThat(dialogs.failures).isEmpty();
    }

    @Test
    void theSelectedScenarioIsDrawnAndNamesTheFile() throws Exception {
        dialogs.answer = folder.resolve("pay-sin.mmd");
        selection.select(new ElementRef(ElementKind.SCENARIO, "pay-sin"));

        finish(WaitForAsyncUtils.waitForAsyncFx(5_000, () -> exports.export(ExportTarget.MERMAID)));

        assertThat(dialogs.suggested).containsExactly("global-retailer-pay-sin.mmd");
        assertThat(Files.readString(dialogs.answer)).startsWith("flowchart LR").contains("A --ingress--> X");
    }

    @Test
    void theTraceShownIsDrawnInTheWindowsThemeWhateverIsSelected() throws Exception {
        Scenario byHand = new Scenario("request", "Request from sin1-s1", null, "pay.retailer.example", "pay-origin",
                "sin1-s1", null, null);
        DocumentExports shown = new DocumentExports(document, selection, new SimpleStringProperty("global-retailer.json"),
                work, dialogs, Validator::validation, t -> byHand, () -> true);
        dialogs.answer = folder.resolve("shown.svg");
        selection.select(new ElementRef(ElementKind.SCENARIO, "shop-lhr"));

        finish(WaitForAsyncUtils.waitForAsyncFx(5_000, () -> shown.export(ExportTarget.SVG)));

        String svg = Files.readString(dialogs.answer);
        assertThat(dialogs.suggested).containsExactly("global-retailer-request.svg");
        assertThat(svg).contains("Request from sin1-s1").contains("OTHER_LOCATION")
                .contains(CanvasPalette.DARK.background().hex());
    }

    @Test
    void theConfigIgnoresTheScenarioAndNeverSuggestsTheTopologysOwnName() throws Exception {
        dialogs.answer = folder.resolve("config.json");
        selection.select(new ElementRef(ElementKind.SCENARIO, "pay-sin"));

        finish(WaitForAsyncUtils.waitForAsyncFx(5_000, () -> exports.export(ExportTarget.CONFIG)));

        assertThat(dialogs.suggested).containsExactly("global-retailer-config.json");
        assertThat(Files.readString(dialogs.answer)).contains("\"format\" : \"aegis-allocation-config\"");
    }

    @Test
    void aFailedExportIsReportedAndLeavesTheOldFile() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("notes.txt"), "notes");
        dialogs.answer = notAFolder.resolve("retailer.svg");

        finish(WaitForAsyncUtils.waitForAsyncFx(5_000, () -> exports.export(ExportTarget.SVG)));

        assertThat(dialogs.failures).singleElement().asString().startsWith("export retailer.svg: ");
        assertThat(notAFolder).hasContent("notes");
    }

    @Test
    void errorsBlockTheConfigAndAPathButNotAPictureOfThePlan() throws Exception {
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> document.commands().execute("Break the plan", t ->
                dev.aegisplanner.model.edit.CatalogEdits.update(t, dev.aegisplanner.model.edit.Catalog.ZONES,
                        t.zones().get(0).id(), z -> new Zone(z.id(), "no-such-pool", z.regions()))));
        dialogs.answer = folder.resolve("out.json");

        Task<Void> config = WaitForAsyncUtils.waitForAsyncFx(5_000, () -> exports.export(ExportTarget.CONFIG));
        selection.select(new ElementRef(ElementKind.SCENARIO, "pay-sin"));
        Task<Void> path = WaitForAsyncUtils.waitForAsyncFx(5_000, () -> exports.export(ExportTarget.MERMAID));
        selection.clear();
        dialogs.answer = folder.resolve("plan.png");
        finish(WaitForAsyncUtils.waitForAsyncFx(5_000, () -> exports.export(ExportTarget.PNG)));

        assertThat(config).isNull();
        assertThat(path).isNull();
        assertThat(dialogs.suggested).containsExactly("global-retailer.png");
        assertThat(dialogs.failures).hasSize(2).allSatisfy(failure -> assertThat(failure)
                .contains(": The plan has 1 error, and errors block the engine"));
        assertThat(folder.resolve("out.json")).doesNotExist();
        assertThat(folder.resolve("plan.png")).exists();
    }

    @Test
    void cancellingTheDialogExportsNothing() {
        dialogs.answer = null;

        Task<Void> task = WaitForAsyncUtils.waitForAsyncFx(5_000, () -> exports.export(ExportTarget.DOT));

        assertThat(task).isNull();
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void copyImagePutsThePictureOnTheClipboard() throws Exception {
        finish(WaitForAsyncUtils.waitForAsyncFx(5_000, exports::copyImage));

        Image image = WaitForAsyncUtils.waitForAsyncFx(5_000, () -> Clipboard.getSystemClipboard().getImage());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(1600);
    }

    private static void finish(Task<?> task) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Answers the save dialog with a chosen path (null: cancel) and records what was suggested and reported. */
    private static final class Dialogs implements ExportDialogs {
        Path answer;
        final List<String> suggested = new ArrayList<>();
        final List<String> failures = new ArrayList<>();

        @Override
        public Optional<Path> chooseTarget(ExportTarget target, Path folder, String suggestedName) {
            suggested.add(suggestedName);
            return Optional.ofNullable(answer);
        }

        @Override
        public void showFailed(String what, String reason) {
            failures.add(what + ": " + reason);
        }
    }
}
