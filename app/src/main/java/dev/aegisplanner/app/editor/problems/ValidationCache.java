package dev.aegisplanner.app.editor.problems;

import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.validation.Validation;
import dev.aegisplanner.model.validation.Validator;
import java.util.function.Function;

/**
 * The validation of the last few topologies, shared by whatever in one window needs it (the Problems panel,
 * the trace that errors block, the exports): each topology is validated once, however many ask. Safe to ask
 * from any thread; topologies are immutable, so identity is the key.
 */
public final class ValidationCache implements Function<Topology, Validation> {

    private final Function<Topology, Validation> validator;
    private Topology newest;
    private Validation newestValidation;
    private Topology previous;
    private Validation previousValidation;

    public ValidationCache() {
        this(Validator::validation);
    }

    ValidationCache(Function<Topology, Validation> validator) {
        this.validator = validator;
    }

    @Override
    public Validation apply(Topology topology) {
        synchronized (this) {
            if (topology == newest) {
                return newestValidation;
            }
            if (topology == previous) {
                return previousValidation;
            }
        }
        // Validated outside the lock: a slow validation of one topology never holds up a question about another.
        Validation validation = validator.apply(topology);
        synchronized (this) {
            previous = newest;
            previousValidation = newestValidation;
            newest = topology;
            newestValidation = validation;
        }
        return validation;
    }
}
