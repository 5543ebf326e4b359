package dev.aegisplanner.app.editor.files;

import dev.aegisplanner.app.document.SelectionModel;
import dev.aegisplanner.app.document.TopologyDocument;
import dev.aegisplanner.app.editor.problems.ProblemsViewModel;
import dev.aegisplanner.app.editor.tasks.BackgroundWork;
import dev.aegisplanner.app.render.scene.CanvasScene;
import dev.aegisplanner.model.io.ReadResult;
import dev.aegisplanner.model.io.TopologyReader;
import dev.aegisplanner.model.io.TopologyWriter;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.validation.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;

/**
 * New, Open, Save, Save As, recent files and recovery. Reading and writing run in the background; a file
 * that cannot be read never replaces the open document, and a failed save leaves both the file on disk
 * and the open document (still unsaved) as they were.
 */
public final class DocumentFiles {

    private final TopologyDocument document;
    private final SelectionModel selection;
    private final ProblemsViewModel problems;
    private final RecentFiles recent;
    private final RecoveryStore recovery;
    private final Autosaver autosaver;
    private final BackgroundWork work;
    private final FileDialogs dialogs;
    /** What an unsaved document is called: "Untitled", or the sample it came from. */
    /** The open file when the document holds only part of it (see {@code ReadResult.complete()}); else null. */
    private Path partlyRead;
    private final StringProperty untitledName = new SimpleStringProperty("Untitled");
    private final StringBinding documentName;

    public DocumentFiles(TopologyDocument document, SelectionModel selection, ProblemsViewModel problems,
                         RecentFiles recent, RecoveryStore recovery, Autosaver autosaver, BackgroundWork work,
                         FileDialogs dialogs) {
        this.document = document;
        this.selection = selection;
        this.problems = problems;
        this.recent = recent;
        this.recovery = recovery;
        this.autosaver = autosaver;
        this.work = work;
        this.dialogs = dialogs;
        this.documentName = Bindings.createStringBinding(() -> document.file() == null
                ? untitledName.get() : document.file().getFileName().toString(), document.fileProperty(), untitledName);
    }

    /** The file name, or what the unsaved document is called. */
    public StringBinding documentNameProperty() {
        return documentName;
    }

    public RecentFiles recent() {
        return recent;
    }

    public void newDocument() {
        whenDiscardable(() -> show(Topology.empty("Untitled"), null, "Untitled", List.of()));
    }

    public void openWithDialog() {
        whenDiscardable(() -> dialogs.chooseFileToOpen(folder()).ifPresent(this::read));
    }

    public void open(Path file) {
        whenDiscardable(() -> read(file));
    }

    public void openSample(Sample sample) {
        whenDiscardable(() -> {
            ReadResult result = TopologyReader.read(sample.json());
            if (result.outcome() == ReadResult.Outcome.UNREADABLE) {
                dialogs.showUnreadable(Path.of(sample.fileName()), result.problems());
                return;
            }
            show(result.topology(), null, sample.title(), result.problems());
        });
    }

    public void save(Runnable afterwards) {
        Path file = document.file();
        if (file == null) {
            saveAs(afterwards);
            return;
        }
        FileDialogs.OverwriteChoice choice = file.equals(partlyRead) ? dialogs.confirmOverwritePartlyRead(file)
                : FileDialogs.OverwriteChoice.OVERWRITE;
        switch (choice) {
            case OVERWRITE -> write(file, afterwards);
            case SAVE_ELSEWHERE -> saveAs(afterwards);
            case CANCEL -> {
            }
        }
    }

    public void saveAs(Runnable afterwards) {
        String suggested = document.file() != null ? document.file().getFileName().toString()
                : untitledName.get().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".json";
        dialogs.chooseFileToSave(folder(), suggested).ifPresent(file -> write(file, afterwards));
    }

    /**
     * Runs {@code proceed} once the open document's changes are saved or knowingly given up; does nothing
     * when the planner cancels (or the save fails).
     */
    public void whenDiscardable(Runnable proceed) {
        if (!document.isDirty()) {
            proceed.run();
            return;
        }
        switch (dialogs.confirmDiscard(documentName.get())) {
            case SAVE -> save(proceed);
            case DISCARD -> {
                autosaver.discard(document.file());
                proceed.run();
            }
            case CANCEL -> {
            }
        }
    }

    /** The first document of a run: the file given on the command line, else a sample; then any recovery. */
    public void start(Path file, Optional<Sample> sample) {
        if (file != null) {
            read(file);
            return;
        }
        sample.ifPresentOrElse(this::openSample, () -> show(Topology.empty("Untitled"), null, "Untitled", List.of()));
        offerRecovery(null);
    }

    private void read(Path file) {
        Task<ReadResult> task = new Task<>() {
            @Override
            protected ReadResult call() {
                updateMessage("Opening " + file.getFileName() + "...");
                updateProgress(-1, 1);
                ReadResult result = TopologyReader.read(file);
                if (result.topology() != null) {
                    // Off the JavaFX thread: the picture of 100,000 servers is drawn up here, not when shown.
                    CanvasScene.prepare(result.topology());
                }
                return result;
            }
        };
        task.setOnSucceeded(event -> opened(file, task.getValue()));
        task.setOnFailed(event -> dialogs.showUnreadable(file, List.of(Problem.error("io", "",
                String.valueOf(task.getException().getMessage())))));
        work.run(task);
    }

    private void opened(Path file, ReadResult result) {
        if (result.outcome() == ReadResult.Outcome.UNREADABLE) {
            if (!Files.exists(file)) {
                recent.remove(file);
            }
            dialogs.showUnreadable(file, result.problems());
            return;
        }
        show(result.topology(), file, "Untitled", result.problems());
        partlyRead = result.complete() ? null : file;
        recent.add(file);
        offerRecovery(file);
    }

    private void show(Topology topology, Path file, String name, List<Problem> fileProblems) {
        partlyRead = null;
        selection.clear();
        untitledName.set(name);
        document.replace(topology, file);
        problems.setFileProblems(topology, fileProblems);
    }

    private void offerRecovery(Path file) {
        recovery.find(file).ifPresent(found -> {
            if (!dialogs.offerRecovery(documentName.get(), found)) {
                autosaver.discard(file);
                return;
            }
            ReadResult copy = TopologyReader.read(found.file());
            if (copy.topology() == null) {
                dialogs.showUnreadable(found.file(), copy.problems());
                return;
            }
            document.commands().execute("Recover unsaved changes", t -> copy.topology());
        });
    }

    private void write(Path file, Runnable afterwards) {
        Topology topology = document.topology();
        long revision = document.commands().revisionProperty().get();
        Path previous = document.file();
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                updateMessage("Saving " + file.getFileName() + "...");
                updateProgress(-1, 1);
                TopologyWriter.write(topology, file);
                return null;
            }
        };
        task.setOnSucceeded(event -> saved(file, previous, revision, afterwards));
        task.setOnFailed(event -> dialogs.showSaveFailed(file, reason(task.getException())));
        work.run(task);
    }

    private void saved(Path file, Path previous, long revision, Runnable afterwards) {
        if (file.equals(partlyRead)) {
            partlyRead = null;
        }
        document.fileProperty().set(file);
        if (document.commands().revisionProperty().get() == revision) {
            document.markSaved();
        }
        recent.add(file);
        autosaver.discard(file);
        if (previous == null || !previous.equals(file)) {
            autosaver.discard(previous);
        }
        afterwards.run();
    }

    private Path folder() {
        if (document.file() != null && document.file().toAbsolutePath().getParent() != null) {
            return document.file().toAbsolutePath().getParent();
        }
        return recent.files().stream().map(p -> p.getParent()).filter(p -> p != null && Files.isDirectory(p))
                .findFirst().orElse(Path.of(System.getProperty("user.home")));
    }

    private static String reason(Throwable failure) {
        return failure == null || failure.getMessage() == null ? "Unknown error" : failure.getMessage();
    }
}
