package dev.aegisplanner.model.advisor;

/** An address the planner wants kept in a location: the placement holds {@code address} in {@code location}. */
public record Pin(String address, String location) {

    /** Reads {@code ADDRESS@LOCATION}, as the command line writes a pin. */
    public static Pin parse(String text) {
        int at = text.indexOf('@');
        if (at <= 0 || at == text.length() - 1) {
            throw new IllegalArgumentException("a pin is ADDRESS@LOCATION, not '" + text + "'");
        }
        return new Pin(text.substring(0, at).trim(), text.substring(at + 1).trim());
    }

    @Override
    public String toString() {
        return address + "@" + location;
    }
}
