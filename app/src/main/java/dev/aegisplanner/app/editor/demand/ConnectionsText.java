package dev.aegisplanner.app.editor.demand;

import java.util.Optional;

/** Connections as a planner types them: "24000", "24,000", "24 000", "1.5e4"; finite and at least 0. */
final class ConnectionsText {

    static final String REFUSAL = "Connections are a number of at least 0, like 24,000";

    private ConnectionsText() {
    }

    static Optional<Double> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String plain = typed.strip().replace(",", "").replace("_", "").replace(" ", "").replace("\u00a0", "");
        try {
            double value = Double.parseDouble(plain);
            return Double.isFinite(value) && value >= 0 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
