package dev.aegisplanner.model.advisor;

/**
 * How a caller follows and stops the advisor without any toolkit: the editor forwards it to a progress line and a
 * Cancel button; the command line ignores it. Methods are called from the advisor's threads.
 */
public interface AdvisorProgress {

    AdvisorProgress NONE = new AdvisorProgress() {
    };

    /** What the advisor is doing now, in words: "Placing 8 addresses", "Checking 1,293 failures". */
    default void phase(String what) {
    }

    /** The solver found a better placement: its objective and the best bound proven so far (connection-ms). */
    default void solution(double objective, double bound) {
    }

    /** Asked often; once true, the advisor stops with a {@link java.util.concurrent.CancellationException}. */
    default boolean cancelled() {
        return false;
    }
}
