package dev.aegisplanner.app.editor.files;

import dev.aegisplanner.model.io.TopologyWriter;
import dev.aegisplanner.model.topology.Topology;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

/**
 * Recovery copies of unsaved work, one per document, in {@code ~/.aegis-planner/recovery/}: the topology
 * as a normal topology file, and beside it which document it belongs to. A copy is worth offering only
 * when it is newer than its document on disk.
 */
public final class RecoveryStore {

    /** A recovery copy found for a document. */
    public record Recovery(Path file, Path document, Instant savedAt) {
    }

    private final Path folder;

    public RecoveryStore(Path folder) {
        this.folder = folder;
    }

    /** The standard place, under the user's home (or {@code -Daegis.home} for tests and portable setups). */
    public static RecoveryStore inUserHome() {
        String home = System.getProperty("aegis.home", Path.of(System.getProperty("user.home"), ".aegis-planner").toString());
        return new RecoveryStore(Path.of(home, "recovery"));
    }

    public Path folder() {
        return folder;
    }

    /** Writes the copy for a document ({@code null}: the untitled one). Safe to call off the FX thread. */
    public void save(Path document, Topology topology) throws IOException {
        Files.createDirectories(folder);
        TopologyWriter.write(topology, topologyFile(document));
        Properties about = new Properties();
        about.setProperty("document", document == null ? "" : document.toAbsolutePath().toString());
        try (Writer out = Files.newBufferedWriter(aboutFile(document), StandardCharsets.UTF_8)) {
            about.store(out, "Aegis Planner recovery copy");
        }
    }

    /** The copy for a document, when there is one newer than the document itself. */
    public Optional<Recovery> find(Path document) {
        Path copy = topologyFile(document);
        try {
            if (!Files.isRegularFile(copy)) {
                return Optional.empty();
            }
            Instant savedAt = Files.getLastModifiedTime(copy).toInstant();
            if (document != null && Files.exists(document)
                    && !savedAt.isAfter(Files.getLastModifiedTime(document).toInstant())) {
                return Optional.empty();
            }
            return Optional.of(new Recovery(copy, documentOf(document), savedAt));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public void discard(Path document) throws IOException {
        Files.deleteIfExists(topologyFile(document));
        Files.deleteIfExists(aboutFile(document));
    }

    private Path documentOf(Path document) throws IOException {
        Path about = aboutFile(document);
        if (!Files.exists(about)) {
            return document;
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(about, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        String path = properties.getProperty("document", "");
        return path.isEmpty() ? null : Path.of(path);
    }

    Path topologyFile(Path document) {
        return folder.resolve(key(document) + ".json");
    }

    private Path aboutFile(Path document) {
        return folder.resolve(key(document) + ".properties");
    }

    /** The document's file name plus a hash of its full path, so two "plan.json" in different folders differ. */
    static String key(Path document) {
        if (document == null) {
            return "untitled";
        }
        String absolute = document.toAbsolutePath().normalize().toString();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(absolute.getBytes(StandardCharsets.UTF_8));
            String name = document.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
            return name + "-" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
