package dev.aegisplanner.model.capacity;

/** An input file (demand, observed utilization) that cannot be read at all: missing, not text, not JSON, not what it should hold. */
public final class InputFileException extends Exception {

    public InputFileException(String message) {
        super(message, null, false, false);
    }
}
