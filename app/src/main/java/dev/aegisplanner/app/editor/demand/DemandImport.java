package dev.aegisplanner.app.editor.demand;

import dev.aegisplanner.app.editor.tasks.BackgroundWork;
import dev.aegisplanner.model.capacity.InputFileException;
import dev.aegisplanner.model.capacity.demand.DemandFile;
import dev.aegisplanner.model.topology.Topology;
import java.nio.file.Path;
import javafx.concurrent.Task;

/**
 * Imports demand from a CSV (or JSON) file: read and checked in the background by the model's demand reader,
 * then the planner sees every problem with its line and column and decides: nothing changes unless they import,
 * and with problems they may take the entries that have none. The import is one undoable step.
 */
public final class DemandImport {

    private final DemandViewModel model;
    private final DemandImportDialogs dialogs;
    private final BackgroundWork work;

    public DemandImport(DemandViewModel model, DemandImportDialogs dialogs, BackgroundWork work) {
        this.model = model;
        this.dialogs = dialogs;
        this.work = work;
    }

    /** Asks for a file, then imports it. */
    public void start() {
        dialogs.chooseFile().ifPresent(this::importFile);
    }

    /** Reads the file against the plan as it is now; the answer comes back on the FX thread. */
    public Task<DemandFile> importFile(Path file) {
        Topology against = model.topology();
        Task<DemandFile> read = new Task<>() {
            @Override
            protected DemandFile call() throws InputFileException {
                updateMessage("Reading demand from " + file.getFileName() + "\u2026");
                return DemandFile.read(file, against);
            }
        };
        read.setOnSucceeded(e -> dialogs.decide(read.getValue(), model.topology().demand().size()).ifPresent(
                decision -> model.importEntries(decision.entries(), decision.mode(), file.getFileName().toString())));
        read.setOnFailed(e -> dialogs.showUnreadable(read.getException() instanceof InputFileException
                ? read.getException().getMessage()
                : file.getFileName() + ": " + read.getException().getMessage()));
        return work.run(read);
    }
}
