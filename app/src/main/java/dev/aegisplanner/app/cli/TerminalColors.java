package dev.aegisplanner.app.cli;

import dev.aegisplanner.model.capacity.RowStatus;

/**
 * ANSI colours for a status word, only where they help: on an interactive terminal ({@link System#console()}
 * is there only when standard input and output are a terminal, never in a pipe or a file) whose {@code TERM}
 * is set and not {@code dumb}, unless {@code --no-color} or the {@code NO_COLOR} convention turns them off.
 */
record TerminalColors(boolean enabled) {

    static final TerminalColors NONE = new TerminalColors(false);

    static TerminalColors decide(boolean noColor) {
        String term = System.getenv("TERM");
        boolean terminal = System.console() != null && term != null && !term.isBlank() && !term.equals("dumb");
        boolean refused = noColor || (System.getenv("NO_COLOR") != null && !System.getenv("NO_COLOR").isEmpty());
        return new TerminalColors(terminal && !refused);
    }

    /** The text in the status's colour: green ok, yellow warn, bold red over. */
    String paint(RowStatus status, String text) {
        if (!enabled) {
            return text;
        }
        String code = switch (status) {
            case OK -> "32";
            case WARN -> "33";
            case OVER -> "1;31";
        };
        return "\u001b[" + code + "m" + text + "\u001b[0m";
    }
}
