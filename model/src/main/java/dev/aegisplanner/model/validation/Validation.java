package dev.aegisplanner.model.validation;

import java.util.List;

/**
 * What validating a topology found: the problems, in document order, up to a cap, and how many more there
 * were, so that a topology with a million broken entries costs a count, not a million messages.
 *
 * @param unlistedErrors errors found beyond the cap, not in {@code problems}
 * @param unlistedWarnings warnings found beyond the cap, not in {@code problems}
 */
public record Validation(List<Problem> problems, int unlistedErrors, int unlistedWarnings) {

    public Validation {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return unlistedErrors > 0 || problems.stream().anyMatch(Problem::isError);
    }
}
