package dev.aegisplanner.app.editor.problems;

import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.validation.Problem;
import dev.aegisplanner.model.validation.Severity;
import java.util.Optional;

/**
 * One line of the Problems panel.
 *
 * @param element the element the problem is about, when its pointer names one
 * @param where the element as a planner says it ("server fra1-s1"), else the pointer
 * @param position {@code line:column} in the file when the problem came from reading it, else empty
 */
public record ProblemRow(Problem problem, ElementRef element, String where, String position) {

    public Severity severity() {
        return problem.severity();
    }

    public String message() {
        return problem.message();
    }

    public Optional<ElementRef> target() {
        return Optional.ofNullable(element);
    }
}
