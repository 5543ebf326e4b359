package dev.aegisplanner.app.editor.files;

import dev.aegisplanner.app.render.scene.CanvasScene;
import dev.aegisplanner.model.io.ReadResult;
import dev.aegisplanner.model.io.TopologyReader;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The file named on the command line, read while the JavaFX toolkit starts and the window is built. Reading
 * (Jackson's classes, the parse, the canvas's scene) takes about as long as the toolkit's start; started first, it
 * overlaps it instead of waiting for the window's first frame, and the file is drawn in the frame after it.
 * The window takes the result once, for that file; any other open reads afresh.
 */
public final class EarlyRead {

    private record Pending(Path file, CompletableFuture<ReadResult> result) {
    }

    private static final AtomicReference<Pending> PENDING = new AtomicReference<>();

    private EarlyRead() {
    }

    /** Starts reading a file on a daemon thread of its own. */
    public static void start(Path file) {
        CompletableFuture<ReadResult> result = new CompletableFuture<>();
        PENDING.set(new Pending(file, result));
        Thread reader = new Thread(() -> {
            try {
                result.complete(readForCanvas(file));
            } catch (RuntimeException | Error e) {
                // The window reads the file again and reports what goes wrong the way it always does.
                result.complete(null);
            }
        }, "aegis-early-read");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * What the early read of {@code file} found, waiting for it to finish; empty when no early read of that file
     * was started, it was taken already, or it failed.
     */
    static Optional<ReadResult> take(Path file) {
        Pending pending = PENDING.get();
        if (pending == null || !pending.file().equals(file) || !PENDING.compareAndSet(pending, null)) {
            return Optional.empty();
        }
        return Optional.ofNullable(pending.result().join());
    }

    /** Reads a file and, off the JavaFX thread, draws up the canvas's picture of it (100,000 servers take a while). */
    static ReadResult readForCanvas(Path file) {
        ReadResult result = TopologyReader.read(file);
        if (result.topology() != null) {
            CanvasScene.prepare(result.topology());
        }
        return result;
    }
}
