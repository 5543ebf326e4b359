package dev.aegisplanner.app.editor.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The sample topologies: every {@code .json} file in the {@code samples/} folder when the editor runs from
 * the repository (so a new sample shows without a rebuild), else those packed in the jar under {@code /samples}.
 */
public final class SampleCatalog {

    private SampleCatalog() {
    }

    public static List<Sample> load() {
        Path folder = Path.of("samples");
        if (Files.isDirectory(folder)) {
            return fromFolder(folder);
        }
        URL packed = SampleCatalog.class.getResource("/samples");
        if (packed == null) {
            return List.of();
        }
        try {
            URI uri = packed.toURI();
            if (uri.getScheme().equals("jar")) {
                return fromJar(uri);
            }
            return fromFolder(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            return List.of();
        }
    }

    static List<Sample> fromFolder(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Sample> samples = new ArrayList<>();
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
                samples.add(new Sample(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
            samples.sort(Comparator.comparing(Sample::fileName));
            return List.copyOf(samples);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the samples in " + folder, e);
        }
    }

    private static List<Sample> fromJar(URI uri) throws IOException {
        FileSystem jar;
        try {
            jar = FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException notOpenYet) {
            jar = FileSystems.newFileSystem(uri, Map.of());
        }
        return fromFolder(jar.getPath("/samples"));
    }
}
