package dev.aegisplanner.model.capacity;

/**
 * How a caller follows and stops a long run of failure drills, without any toolkit: the editor forwards it to
 * its progress bar and cancel button, the command line ignores it.
 */
public interface DrillProgress {

    DrillProgress NONE = (done, total) -> {
    };

    /** {@code done} of {@code total} drills are finished; called from worker threads, often. */
    void update(int done, int total);

    /** Asked between drills; once true, the run stops with a {@link java.util.concurrent.CancellationException}. */
    default boolean cancelled() {
        return false;
    }
}
