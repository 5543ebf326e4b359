package dev.aegisplanner.app;

import dev.aegisplanner.app.cli.AegisCli;
import dev.aegisplanner.app.editor.EditorApp;
import dev.aegisplanner.app.editor.files.EarlyRead;
import java.nio.file.Path;
import javafx.application.Application;

/**
 * The one launcher. With a subcommand it runs headless and never touches the JavaFX toolkit; with no
 * arguments (or only a file) it opens the editor. Not an {@code Application} itself, so a plain
 * {@code java -jar} of the fat jar can start JavaFX from the classpath.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (AegisCli.isCommandLine(args)) {
            System.exit(AegisCli.run(args));
        }
        if (args.length == 1) {
            // LaunchMode opened the editor for an existing .json file only: its name is a path. It is read while
            // the toolkit starts.
            EarlyRead.start(Path.of(args[0]));
        }
        Application.launch(EditorApp.class, args);
    }
}
