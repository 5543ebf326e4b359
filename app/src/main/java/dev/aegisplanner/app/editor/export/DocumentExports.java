package dev.aegisplanner.app.editor.export;

import dev.aegisplanner.app.cli.export.ExportFormat;
import dev.aegisplanner.app.cli.export.ExportFormats;
import dev.aegisplanner.app.cli.export.ExportOptions;
import dev.aegisplanner.app.document.SelectionModel;
import dev.aegisplanner.app.document.TopologyDocument;
import dev.aegisplanner.app.editor.tasks.BackgroundWork;
import dev.aegisplanner.app.render.export.Picture;
import dev.aegisplanner.model.io.AtomicFiles;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.validation.Validation;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javafx.beans.value.ObservableStringValue;
import javafx.concurrent.Task;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * File > Export and Copy Image. Everything goes through the command line's own exporters, so a file made
 * here is the file {@code aegis export} makes: the topology as the document holds it now (drawn with its
 * layout, or the automatic one) and what the planner sees: the path of the trace the Trace panel shows (else
 * of the scenario that is the selection, picked in the Scenarios panel) for the formats that draw one, and
 * pictures in the window's theme. The work runs in the background with the status bar showing it, and files
 * are written whole ({@link AtomicFiles}) or not at all.
 */
public final class DocumentExports {

    private final TopologyDocument document;
    private final SelectionModel selection;
    private final ObservableStringValue documentName;
    private final BackgroundWork work;
    private final ExportDialogs dialogs;
    private final Function<Topology, Validation> validations;
    /** Looked up at the first export: finding them scans the class path, which the window's start need not wait for. */
    private ExportFormats formats;
    private final Function<Topology, Scenario> shownTrace;
    private final BooleanSupplier dark;

    /**
     * @param documentName the name the window shows ("global-retailer.json", "Untitled"), for suggested file names
     * @param validations the window's validations: errors block what the engine computes (a path, the config)
     */
    public DocumentExports(TopologyDocument document, SelectionModel selection, ObservableStringValue documentName,
                           BackgroundWork work, ExportDialogs dialogs, Function<Topology, Validation> validations) {
        this(document, selection, documentName, work, dialogs, validations, t -> null, () -> false);
    }

    /**
     * @param shownTrace the trace the Trace panel shows, as a scenario of the topology given (null for none)
     * @param dark whether the window shows the dark theme
     */
    public DocumentExports(TopologyDocument document, SelectionModel selection, ObservableStringValue documentName,
                           BackgroundWork work, ExportDialogs dialogs, Function<Topology, Validation> validations,
                           Function<Topology, Scenario> shownTrace, BooleanSupplier dark) {
        this.document = document;
        this.selection = selection;
        this.documentName = documentName;
        this.work = work;
        this.dialogs = dialogs;
        this.validations = validations;
        this.shownTrace = shownTrace;
        this.dark = dark;
    }

    /**
     * Asks where, then writes the export in the background; returns the work, or null when the planner cancelled
     * or the plan's errors block the export (a path or the config of a plan with errors is never written).
     */
    public Task<Void> export(ExportTarget target) {
        formats = formats != null ? formats : ExportFormats.installed();
        ExportFormat format = formats.find(target.format()).orElseThrow(
                () -> new IllegalStateException("This build has no " + target.format() + " exporter"));
        Topology topology = document.topology();
        Scenario scenario = format.drawsScenario() ? shown(topology) : null;
        if (blocked(target == ExportTarget.CONFIG || scenario != null, topology, "export " + (scenario != null
                ? "the path of " + scenario.id() : "the " + target.description().toLowerCase(Locale.ROOT)))) {
            return null;
        }
        ExportOptions options = new ExportOptions(scenario, null, null, format.themed() && dark.getAsBoolean());
        Path folder = document.file() == null ? null : document.file().toAbsolutePath().getParent();
        return dialogs.chooseTarget(target, folder, suggestedName(target, scenario))
                .map(file -> write(format, topology, options, file))
                .orElse(null);
    }

    /** Puts the picture PNG export would write on the clipboard; null when errors block the path it would draw. */
    public Task<BufferedImage> copyImage() {
        Topology topology = document.topology();
        Scenario scenario = shown(topology);
        if (blocked(scenario != null, topology, "copy the path of " + (scenario == null ? "" : scenario.id()))) {
            return null;
        }
        ExportOptions options = new ExportOptions(scenario, null, null, dark.getAsBoolean());
        Task<BufferedImage> task = new Task<>() {
            @Override
            protected BufferedImage call() {
                updateMessage("Drawing the picture...");
                updateProgress(-1, 1);
                return Picture.of(topology, options).toImage();
            }
        };
        task.setOnSucceeded(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putImage(SwingFXUtils.toFXImage(task.getValue(), null));
            Clipboard.getSystemClipboard().setContent(content);
        });
        task.setOnFailed(event -> dialogs.showFailed("copy the picture", reason(task.getException())));
        return work.run(task);
    }

    private Task<Void> write(ExportFormat format, Topology topology, ExportOptions options, Path file) {
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws IOException {
                updateMessage("Exporting " + file.getFileName() + "...");
                updateProgress(-1, 1);
                AtomicFiles.write(file, out -> format.write(topology, options, out), AtomicFiles.Previous.DISCARD);
                return null;
            }
        };
        task.setOnFailed(event -> dialogs.showFailed("export " + file.getFileName(), reason(task.getException())));
        return work.run(task);
    }

    /**
     * Whether the plan's errors keep the engine from computing what an export needs, as on the command line;
     * says so when they do.
     */
    private boolean blocked(boolean needsEngine, Topology topology, String what) {
        if (!needsEngine) {
            return false;
        }
        Validation validation = validations.apply(topology);
        if (!validation.hasErrors()) {
            return false;
        }
        long errors = validation.problems().stream().filter(p -> p.isError()).count() + validation.unlistedErrors();
        dialogs.showFailed(what, "The plan has " + errors + (errors == 1 ? " error" : " errors") + ", and errors"
                + " block the engine: a path and the allocation config are made only from a plan without errors."
                + " The Problems panel lists them");
        return true;
    }

    /** What the planner sees traced: the Trace panel's trace, else the scenario that is the selection. */
    private Scenario shown(Topology topology) {
        Scenario traced = shownTrace.apply(topology);
        return traced != null ? traced : selectedScenario(topology);
    }

    /** The scenario that is the whole selection, if one is. */
    private Scenario selectedScenario(Topology topology) {
        Set<ElementRef> selected = selection.snapshot();
        if (selected.size() != 1) {
            return null;
        }
        ElementRef only = selected.iterator().next();
        return only.kind() == ElementKind.SCENARIO ? topology.scenario(only.id()).orElse(null) : null;
    }

    /** "global-retailer-pay-sin.png"; the config never suggests the topology file's own name. */
    private String suggestedName(ExportTarget target, Scenario scenario) {
        String base = documentName.get().replaceFirst("(?i)\\.json$", "");
        String detail = scenario != null ? "-" + scenario.id() : target == ExportTarget.CONFIG ? "-config" : "";
        return base + detail + "." + target.extension();
    }

    private static String reason(Throwable failure) {
        if (failure instanceof AtomicFiles.Failure) {
            return capitalized(failure.getMessage()) + ".";
        }
        if (failure instanceof NoSuchFileException) {
            return "The folder does not exist.";
        }
        if (failure instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason() + ": " + fs.getFile();
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : capitalized(message);
    }

    private static String capitalized(String message) {
        return message.substring(0, 1).toUpperCase(Locale.ROOT) + message.substring(1);
    }
}
