package dev.aegisplanner.app.editor;

import dev.aegisplanner.app.editor.files.Sample;
import dev.aegisplanner.app.editor.files.SampleCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The editor application: opens the file named on the command line, else the default sample.
 * The default sample is {@code -Daegis.sample=NAME.json} when given, else the first sample by name.
 */
public final class EditorApp extends Application {

    private EditorServices services;

    @Override
    public void start(Stage stage) {
        services = EditorServices.standard();
        List<Sample> samples = SampleCatalog.load();
        EditorWindow window = new EditorWindow(stage, services, samples);
        List<String> args = getParameters().getRaw();
        Path file = args.isEmpty() ? null : Path.of(args.get(0));
        window.show(file, defaultSample(samples));
    }

    static Optional<Sample> defaultSample(List<Sample> samples) {
        String wanted = System.getProperty("aegis.sample");
        return samples.stream().filter(s -> s.fileName().equals(wanted)).findFirst()
                .or(() -> samples.stream().findFirst());
    }

    @Override
    public void stop() {
        if (services != null) {
            services.work().close();
        }
    }
}
