package dev.aegisplanner.model.validation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems the rules find, collected in one list up to a cap (the rest are counted), and the wording
 * helpers their messages share.
 */
final class Findings {

    private final List<Problem> problems = new ArrayList<>();
    private final int max;
    private int unlistedErrors;
    private int unlistedWarnings;

    Findings(int max) {
        this.max = max;
    }

    void error(String code, String pointer, String message) {
        if (problems.size() < max) {
            problems.add(Problem.error(code, pointer, message));
        } else {
            unlistedErrors++;
        }
    }

    void warning(String code, String pointer, String message) {
        if (problems.size() < max) {
            problems.add(Problem.warning(code, pointer, message));
        } else {
            unlistedWarnings++;
        }
    }

    List<Problem> problems() {
        return problems;
    }

    int unlistedErrors() {
        return unlistedErrors;
    }

    int unlistedWarnings() {
        return unlistedWarnings;
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
