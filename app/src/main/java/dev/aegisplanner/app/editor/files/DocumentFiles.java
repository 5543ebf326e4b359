package dev.aegisplanner.app.editor.files;

import dev.aegisplanner.app.document.SelectionModel;
import dev.aegisplanner.app.document.TopologyDocument;
import dev.aegisplanner.app.editor.problems.ProblemsViewModel;
import dev.aegisplanner.app.editor.tasks.BackgroundWork;
import dev.aegisplanner.model.io.ReadResult;
import dev.aegisplanner.model.io.TopologyReader;
import dev.aegisplanner.model.io.TopologyWriter;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.validation.Problem;
import dev.aegisplanner.model.validation.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;

/**
 * New, Open, Save, Save As, recent files and recovery. Reading and writing run in the background; a file
 * that cannot be read never replaces the open document, and a failed save leaves both the file on disk
 * and the open document (still unsaved) as they were. A document read from a file only in part asks before
 * any save that would stand for that file without the parts it could not read: Save over it, Save As
 * elsewhere, and Save after recovering its unsaved changes alike.
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
    /** The file the document holds only part of (see {@code ReadResult.complete()}), or null. */
    private Path partlyRead;
    /** What an unsaved document is called: "Untitled", or the sample it came from. */
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
        autosaver.partlyRead(() -> partlyRead);
    }

    /** The file name, or what the unsaved document is called. */
    public StringBinding documentNameProperty() {
        return documentName;
    }

    public RecentFiles recent() {
        return recent;
    }

    /** The file the open document holds only part of, or {@code null}. */
    public Path partlyRead() {
        return partlyRead;
    }

    public void newDocument() {
        whenDiscardable(() -> show(Topology.empty("Untitled"), null, "Untitled", List.of()));
    }

    public void openWithDialog() {
        whenDiscardable(() -> dialogs.chooseFileToOpen(folder()).ifPresent(file -> read(file, this::offerRecoveryOf)));
    }

    public void open(Path file) {
        whenDiscardable(() -> read(file, this::offerRecoveryOf));
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
        dialogs.chooseFileToSave(folder(), suggested).ifPresent(file -> {
            if (partlyRead == null) {
                write(file, afterwards);
            } else if (file.equals(partlyRead)) {
                switch (dialogs.confirmOverwritePartlyRead(file)) {
                    case OVERWRITE -> write(file, afterwards);
                    case SAVE_ELSEWHERE -> saveAs(afterwards);
                    case CANCEL -> {
                    }
                }
            } else if (dialogs.confirmSaveWithoutUnreadParts(partlyRead, file)) {
                write(file, afterwards);
            }
        });
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

    /**
     * The first document of a run: the file given on the command line, else a sample; then every recovery copy
     * an earlier run left, the file's own among them.
     */
    public void start(Path file, Optional<Sample> sample) {
        if (file != null) {
            read(file, opened -> offerRecovery(recovery.all()));
            return;
        }
        sample.ifPresentOrElse(this::openSample, () -> show(Topology.empty("Untitled"), null, "Untitled", List.of()));
        // Asked once the window is up, not while it is being shown.
        Platform.runLater(() -> offerRecovery(recovery.all()));
    }

    /** Offers the copies earlier runs left, again (File > Recover Unsaved Work). */
    public void offerRecoveryCopies() {
        List<RecoveryStore.Recovery> copies = recovery.all();
        if (copies.isEmpty()) {
            dialogs.offerRecovery(copies, discarded -> { });
        } else {
            offerRecovery(copies);
        }
    }

    /** @param then what to do once the file is the open document (not when it could not be read) */
    private void read(Path file, Consumer<Path> then) {
        Task<ReadResult> task = new Task<>() {
            @Override
            protected ReadResult call() {
                updateMessage("Opening " + file.getFileName() + "...");
                updateProgress(-1, 1);
                return EarlyRead.take(file).orElseGet(() -> EarlyRead.readForCanvas(file));
            }
        };
        task.setOnSucceeded(event -> {
            if (opened(file, task.getValue())) {
                then.accept(file);
            }
        });
        task.setOnFailed(event -> dialogs.showUnreadable(file, List.of(Problem.error("io", "",
                String.valueOf(task.getException().getMessage())))));
        work.run(task);
    }

    private boolean opened(Path file, ReadResult result) {
        if (result.outcome() == ReadResult.Outcome.UNREADABLE) {
            if (!Files.exists(file)) {
                recent.remove(file);
            }
            dialogs.showUnreadable(file, result.problems());
            return false;
        }
        show(result.topology(), file, "Untitled", result.problems());
        partlyRead = result.complete() ? null : file;
        recent.add(file);
        return true;
    }

    private void show(Topology topology, Path file, String name, List<Problem> fileProblems) {
        partlyRead = null;
        selection.clear();
        untitledName.set(name);
        document.replace(topology, file);
        problems.setFileProblems(topology, fileProblems);
    }

    private void offerRecoveryOf(Path file) {
        recovery.find(file).ifPresent(found -> offerRecovery(List.of(found)));
    }

    private void offerRecovery(List<RecoveryStore.Recovery> copies) {
        if (!copies.isEmpty()) {
            dialogs.offerRecovery(copies, discarded -> autosaver.discardSlot(discarded.slot())).ifPresent(this::recover);
        }
    }

    /** Opens what the copy belongs to (its file, or a new document), then its changes as one undoable step. */
    private void recover(RecoveryStore.Recovery copy) {
        ReadResult read = TopologyReader.read(copy.file());
        if (read.topology() == null) {
            dialogs.showUnreadable(copy.file(), read.problems());
            return;
        }
        Consumer<Path> apply = file -> {
            if (copy.document() == null) {
                autosaver.adoptUntitledSlot(copy.slot());
            }
            if (copy.partlyRead() != null) {
                partlyRead = copy.partlyRead();
            }
            document.commands().execute("Recover unsaved changes", t -> read.topology());
        };
        Path file = copy.document();
        if (file != null && file.equals(document.file())) {
            apply.accept(file);
        } else if (file != null && Files.exists(file)) {
            whenDiscardable(() -> read(file, apply));
        } else {
            whenDiscardable(() -> {
                show(Topology.empty(file == null ? "Untitled" : file.getFileName().toString()), file, "Recovered",
                        List.of());
                apply.accept(file);
            });
        }
    }

    private void write(Path file, Runnable afterwards) {
        Topology topology = document.topology();
        long revision = document.commands().revisionProperty().get();
        Path previous = document.file();
        Task<List<Problem>> task = new Task<>() {
            @Override
            protected List<Problem> call() throws Exception {
                updateMessage("Saving " + file.getFileName() + "...");
                updateProgress(-1, 1);
                String text = TopologyWriter.write(topology, file);
                // The problems stay in view, now with their places in the new text.
                return TopologyReader.locate(text, Validator.validate(topology));
            }
        };
        task.setOnSucceeded(event -> saved(file, previous, revision, topology, task.getValue(), afterwards));
        task.setOnFailed(event -> dialogs.showSaveFailed(file, reason(task.getException())));
        work.run(task);
    }

    private void saved(Path file, Path previous, long revision, Topology topology, List<Problem> located,
                       Runnable afterwards) {
        // The file now holds what the document holds; whatever could not be read stays in the file it came from.
        partlyRead = null;
        document.fileProperty().set(file);
        if (document.commands().revisionProperty().get() == revision) {
            document.markSaved();
        }
        problems.setFileProblems(topology, located);
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
