package dev.aegisplanner.app.editor.demand;

import dev.aegisplanner.model.capacity.demand.DemandFile;
import dev.aegisplanner.model.edit.DemandEdits;
import dev.aegisplanner.model.topology.Demand;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The questions importing a demand file asks the planner; the window asks them with dialogs. */
public interface DemandImportDialogs {

    /** What to take from a file, and how: replacing the plan's demand or added to it. */
    record Decision(List<Demand> entries, DemandEdits.Import mode) {
        public Decision {
            entries = List.copyOf(entries);
        }
    }

    Optional<Path> chooseFile();

    /**
     * Shows what the file gave (its problems with line and column, if any) and asks what to import; empty when
     * the planner imports nothing.
     *
     * @param planEntries how many entries the plan has now, which replacing would drop
     */
    Optional<Decision> decide(DemandFile file, int planEntries);

    /** A file that cannot be read as demand at all. */
    void showUnreadable(String message);
}
