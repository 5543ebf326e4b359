package dev.aegisplanner.model.advisor;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers in messages, the same on every machine: {@code 123,000}. */
final class Figures {

    private Figures() {
    }

    static String connections(double connections) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(connections);
    }
}
