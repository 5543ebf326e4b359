package dev.aegisplanner.app.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Whether the launcher's arguments ask for the editor or for the command line. Only two argument lists open
 * the editor: none at all, and a single existing {@code .json} file (what a file manager's "open with" passes).
 * Everything else, including a mistyped file name, goes to the command line, which can explain the mistake on
 * stderr instead of opening a window with an error in it.
 */
public enum LaunchMode {
    EDITOR,
    COMMAND_LINE;

    public static LaunchMode of(String... args) {
        if (args.length == 0 || (args.length == 1 && isExistingJsonFile(args[0]))) {
            return EDITOR;
        }
        return COMMAND_LINE;
    }

    private static boolean isExistingJsonFile(String arg) {
        if (!arg.toLowerCase(Locale.ROOT).endsWith(".json")) {
            return false;
        }
        try {
            return Files.isRegularFile(Path.of(arg));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
