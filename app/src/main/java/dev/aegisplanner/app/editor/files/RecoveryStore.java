package dev.aegisplanner.app.editor.files;

import dev.aegisplanner.model.io.AtomicFiles;
import dev.aegisplanner.model.io.TopologyWriter;
import dev.aegisplanner.model.topology.Topology;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Recovery copies of unsaved work in {@code ~/.aegis-planner/recovery/}: one slot per document, and for a
 * document that was never saved one per window, so two windows never write over each other's work. A copy
 * is a normal topology file, and beside it what it belongs to: the document's file, the file it was read from
 * only in part (see {@code ReadResult.complete()}), and the process writing it, so that a copy another running
 * editor is still keeping is not offered as if it had crashed. Every file is written atomically.
 */
public final class RecoveryStore {

    /**
     * A recovery copy found.
     *
     * @param slot what names the copy in the folder
     * @param document the document's file, or {@code null} for one that was never saved
     * @param partlyRead the file the document was read from only in part, or {@code null}
     */
    public record Recovery(String slot, Path file, Path document, Path partlyRead, Instant savedAt) {

        /** "plan.json", or "an unsaved document" for one that never had a file. */
        public String documentName() {
            return document == null ? "an unsaved document" : document.getFileName().toString();
        }
    }

    private static final String UNTITLED = "untitled-";

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

    /** A slot for a window's unsaved document, its own whatever other windows run. */
    public static String newUntitledSlot() {
        return UNTITLED + Long.toHexString(System.nanoTime()) + Long.toHexString(ProcessHandle.current().pid());
    }

    /** The slot of a document: its file, or for one never saved the window's own slot. */
    public static String slotOf(Path document, String untitledSlot) {
        return document == null ? untitledSlot : key(document);
    }

    /** Writes a copy that no running editor keeps, as a test or a crashed run leaves it. */
    public void save(Path document, Topology topology) throws IOException {
        save(slotOf(document, UNTITLED + "0"), document, null, topology, null);
    }

    /**
     * Writes the copy of a document. Safe to call off the FX thread.
     *
     * @param keeper the process that keeps the copy up to date (this one), or {@code null}
     */
    public void save(String slot, Path document, Path partlyRead, Topology topology, ProcessHandle keeper)
            throws IOException {
        Files.createDirectories(folder);
        TopologyWriter.write(topology, topologyFile(slot), AtomicFiles.Previous.DISCARD);
        Properties about = new Properties();
        about.setProperty("document", document == null ? "" : document.toAbsolutePath().toString());
        about.setProperty("partlyRead", partlyRead == null ? "" : partlyRead.toAbsolutePath().toString());
        if (keeper != null) {
            about.setProperty("pid", Long.toString(keeper.pid()));
            keeper.info().startInstant().ifPresent(start -> about.setProperty("started", start.toString()));
        }
        StringWriter text = new StringWriter();
        about.store(text, "Aegis Planner recovery copy");
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(aboutFile(slot), out -> out.write(bytes), AtomicFiles.Previous.DISCARD);
    }

    /** The copy for a document, when there is one newer than the document itself. */
    public Optional<Recovery> find(Path document) {
        return read(key(document)).filter(this::worthOffering);
    }

    /**
     * Every copy worth offering: newer than its document, and not kept by another editor that is still running.
     * Newest first.
     */
    public List<Recovery> all() {
        List<Recovery> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> copies = Files.newDirectoryStream(folder, "*.json")) {
            for (Path copy : copies) {
                String name = copy.getFileName().toString();
                String slot = name.substring(0, name.length() - ".json".length());
                if (!keptByARunningEditor(slot)) {
                    read(slot).filter(this::worthOffering).ifPresent(found::add);
                }
            }
        } catch (IOException e) {
            return found;
        }
        found.sort(Comparator.comparing(Recovery::savedAt).reversed());
        return found;
    }

    public void discard(String slot) throws IOException {
        Files.deleteIfExists(topologyFile(slot));
        Files.deleteIfExists(aboutFile(slot));
    }

    private boolean worthOffering(Recovery recovery) {
        try {
            Path document = recovery.document();
            return document == null || !Files.exists(document)
                    || recovery.savedAt().isAfter(Files.getLastModifiedTime(document).toInstant());
        } catch (IOException e) {
            return true;
        }
    }

    private Optional<Recovery> read(String slot) {
        Path copy = topologyFile(slot);
        try {
            if (!Files.isRegularFile(copy)) {
                return Optional.empty();
            }
            Properties about = about(slot);
            return Optional.of(new Recovery(slot, copy, path(about, "document"), path(about, "partlyRead"),
                    Files.getLastModifiedTime(copy).toInstant()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether the process that wrote the copy is still running (the same process, not one that got its id later). */
    private boolean keptByARunningEditor(String slot) {
        try {
            Properties about = about(slot);
            String pid = about.getProperty("pid");
            if (pid == null) {
                return false;
            }
            Optional<ProcessHandle> keeper = ProcessHandle.of(Long.parseLong(pid)).filter(ProcessHandle::isAlive);
            String started = about.getProperty("started");
            return keeper.isPresent() && (started == null || keeper.get().info().startInstant()
                    .map(s -> s.toString().equals(started)).orElse(true));
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    private Properties about(String slot) throws IOException {
        Properties properties = new Properties();
        Path about = aboutFile(slot);
        if (Files.exists(about)) {
            try (Reader in = Files.newBufferedReader(about, StandardCharsets.UTF_8)) {
                properties.load(in);
            }
        }
        return properties;
    }

    private static Path path(Properties about, String name) {
        String path = about.getProperty(name, "");
        return path.isEmpty() ? null : Path.of(path);
    }

    Path topologyFile(String slot) {
        return folder.resolve(slot + ".json");
    }

    private Path aboutFile(String slot) {
        return folder.resolve(slot + ".properties");
    }

    /** The document's file name plus a hash of its full path, so two "plan.json" in different folders differ. */
    static String key(Path document) {
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
