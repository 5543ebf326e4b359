package dev.aegisplanner.app.editor.files;

import dev.aegisplanner.model.validation.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The questions and reports the file commands need from the planner; the window answers them with dialogs. */
public interface FileDialogs {

    /** The answer to "save changes before ...?". */
    enum DiscardChoice { SAVE, DISCARD, CANCEL }

    /** The answer to "overwrite a file the editor read only in part?". */
    enum OverwriteChoice { OVERWRITE, SAVE_ELSEWHERE, CANCEL }

    Optional<Path> chooseFileToOpen(Path folder);

    Optional<Path> chooseFileToSave(Path folder, String suggestedName);

    DiscardChoice confirmDiscard(String documentName);

    /** A file that is not a topology at all: every problem, with line and column. */
    void showUnreadable(Path file, List<Problem> problems);

    void showSaveFailed(Path file, String reason);

    /** Whether to write over a file of which the open document holds only part (what the editor could not read). */
    OverwriteChoice confirmOverwritePartlyRead(Path file);

    /**
     * Whether to save, as another file, a document read from {@code readFrom} only in part: the new file will
     * not hold what the editor could not read.
     */
    boolean confirmSaveWithoutUnreadParts(Path readFrom, Path target);

    /**
     * Offers unsaved changes found from earlier runs, newest first: the one to bring back, if the planner picks
     * one. A copy the planner discards is handed to {@code discard} there and then; every other one is kept,
     * whatever closes the question, and offered again at the next start.
     */
    Optional<RecoveryStore.Recovery> offerRecovery(List<RecoveryStore.Recovery> copies,
                                                   Consumer<RecoveryStore.Recovery> discard);
}
