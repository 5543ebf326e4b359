package dev.aegisplanner.model.validation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/** The problems the rules find, collected in one list, and the wording helpers their messages share. */
final class Findings {

    private final List<Problem> problems = new ArrayList<>();

    void error(String code, String pointer, String message) {
        problems.add(Problem.error(code, pointer, message));
    }

    void warning(String code, String pointer, String message) {
        problems.add(Problem.warning(code, pointer, message));
    }

    List<Problem> problems() {
        return problems;
    }

    /** A number as a planner would write it: {@code 0.5}, {@code 7}, {@code 1.25}, never {@code 7.0E-4}. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "NaN (not a number)" : value > 0 ? "infinity" : "minus infinity";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(10)).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }
}
