package dev.aegisplanner.model.advisor;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.LinkedHashMap;
import java.util.Map;

/** A linear expression over a {@link MPSolver}'s variables, built term by term, then made a constraint. */
final class Linear {

    private final Map<MPVariable, Double> terms = new LinkedHashMap<>();
    private double constant;

    Linear add(MPVariable variable, double coefficient) {
        if (variable != null && coefficient != 0) {
            terms.merge(variable, coefficient, Double::sum);
        }
        return this;
    }

    Linear add(double value) {
        constant += value;
        return this;
    }

    Linear add(Linear other, double factor) {
        other.terms.forEach((v, c) -> add(v, c * factor));
        constant += other.constant * factor;
        return this;
    }

    double constant() {
        return constant;
    }

    /** {@code lower <= this <= upper}. */
    MPConstraint between(MPSolver solver, double lower, double upper) {
        MPConstraint constraint = solver.makeConstraint(lower - constant, upper - constant);
        terms.forEach(constraint::setCoefficient);
        return constraint;
    }

    MPConstraint atLeast(MPSolver solver, double lower) {
        return between(solver, lower, Double.POSITIVE_INFINITY);
    }

    MPConstraint atMost(MPSolver solver, double upper) {
        return between(solver, Double.NEGATIVE_INFINITY, upper);
    }

    /** Makes this the solver's objective, minimised. */
    void minimise(MPSolver solver) {
        solver.objective().clear();
        terms.forEach(solver.objective()::setCoefficient);
        solver.objective().setOffset(constant);
        solver.objective().setMinimization();
    }

    /** The expression's value in the solver's last solution. */
    double value() {
        double value = constant;
        for (Map.Entry<MPVariable, Double> term : terms.entrySet()) {
            value += term.getKey().solutionValue() * term.getValue();
        }
        return value;
    }
}
