package dev.aegisplanner.app.editor.properties;

import dev.aegisplanner.model.net.IpAddress;
import java.util.function.Predicate;
import java.util.Optional;

/** The reasons a typed value is refused, worded for the field that shows them. */
public final class FieldChecks {

    private FieldChecks() {
    }

    public static Optional<String> latitude(String text) {
        return numberIn(text, -90, 90, "Latitude must be a number from -90 to 90");
    }

    public static Optional<String> longitude(String text) {
        return numberIn(text, -180, 180, "Longitude must be a number from -180 to 180");
    }

    public static Optional<String> optionalLatitude(String text) {
        return text.isBlank() ? Optional.empty() : latitude(text);
    }

    public static Optional<String> optionalLongitude(String text) {
        return text.isBlank() ? Optional.empty() : longitude(text);
    }

    public static Optional<String> latency(String text) {
        return numberIn(text, 0, Double.MAX_VALUE, "Latency must be a number of milliseconds, 0 or more");
    }

    /** Empty means "split evenly"; otherwise 0 &lt; share &lt;= 1. */
    public static Optional<String> share(String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        Double value = parse(text);
        return value != null && value > 0 && value <= 1 ? Optional.empty()
                : Optional.of("A share is a number above 0 and at most 1 (empty: split evenly)");
    }

    public static Optional<String> port(String text) {
        try {
            int port = Integer.parseInt(text.strip());
            return port >= 1 && port <= 65535 ? Optional.empty() : Optional.of("A port is a whole number from 1 to 65535");
        } catch (NumberFormatException e) {
            return Optional.of("A port is a whole number from 1 to 65535");
        }
    }

    public static Optional<String> optionalIpv4(String text) {
        return text.isBlank() || IpAddress.parseIpv4(text.strip()).isPresent() ? Optional.empty()
                : Optional.of("Not an IPv4 address (e.g. 203.0.113.10)");
    }

    public static Optional<String> optionalIpv6(String text) {
        String value = text.strip();
        return value.isEmpty() || IpAddress.parseIpv6(value).filter(a -> !a.isPrefix()).isPresent() ? Optional.empty()
                : Optional.of("Not an IPv6 address (e.g. 2001:db8::1)");
    }

    /** An address a pool can hold: IPv4, IPv6 or an IPv6 prefix. */
    public static Optional<String> poolAddress(String text) {
        Optional<IpAddress> parsed = IpAddress.parse(text.strip());
        if (parsed.isEmpty()) {
            return Optional.of("Not an IPv4 address, IPv6 address or IPv6 prefix (e.g. 192.0.2.10, 2001:db8::/48)");
        }
        return Optional.empty();
    }

    /** A new id for an element of a kind: not blank, no spaces, not one of {@code taken}. */
    public static Optional<String> id(String text, String noun, Predicate<String> taken) {
        String value = text.strip();
        if (value.isEmpty()) {
            return Optional.of("An id cannot be empty");
        }
        if (value.chars().anyMatch(Character::isWhitespace)) {
            return Optional.of("An id cannot contain spaces");
        }
        if (taken.test(value)) {
            return Optional.of("Another " + noun + " already has the id " + value);
        }
        return Optional.empty();
    }

    static Double parse(String text) {
        try {
            double value = Double.parseDouble(text.strip());
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Optional<String> numberIn(String text, double min, double max, String message) {
        Double value = parse(text);
        return value != null && value >= min && value <= max ? Optional.empty() : Optional.of(message);
    }
}
