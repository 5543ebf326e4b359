package dev.aegisplanner.app.editor.export;

import java.nio.file.Path;
import java.util.Optional;

/** The questions and reports File > Export needs from the planner; the window answers them with dialogs. */
public interface ExportDialogs {

    /**
     * Where to write an export.
     *
     * @param folder where the dialog opens, or null for its default
     */
    Optional<Path> chooseTarget(ExportTarget target, Path folder, String suggestedName);

    /** An export that could not be made, and why. */
    void showFailed(String what, String reason);
}
