package dev.aegisplanner.app.editor.files;

import dev.aegisplanner.app.document.TopologyDocument;
import dev.aegisplanner.model.topology.Topology;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Every interval, writes a recovery copy of a document with unsaved changes into its slot: the document's own,
 * or for one never saved this window's. The file commands remove it once the document is saved, or its changes
 * are knowingly discarded. Copies are written and removed on one background thread, in order, so a removal
 * never overtakes a write still in flight.
 */
public final class Autosaver implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Autosaver.class.getName());

    private final TopologyDocument document;
    private final RecoveryStore store;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "aegis-autosave");
        thread.setDaemon(true);
        return thread;
    });
    private final Timeline timer;
    private String untitledSlot = RecoveryStore.newUntitledSlot();
    private Supplier<Path> partlyRead = () -> null;
    private long autosavedRevision = -1;

    public Autosaver(TopologyDocument document, RecoveryStore store, Duration interval) {
        this.document = document;
        this.store = store;
        this.timer = new Timeline(new KeyFrame(interval, event -> autosaveNow()));
        timer.setCycleCount(Animation.INDEFINITE);
    }

    public void start() {
        timer.play();
    }

    /** Where to learn which file the document was read from only in part: a recovered copy must ask before saving over it. */
    public void partlyRead(Supplier<Path> source) {
        this.partlyRead = source;
    }

    /** Takes over a recovered untitled copy's slot, so the copy goes on being kept where it was found. */
    public void adoptUntitledSlot(String slot) {
        this.untitledSlot = slot;
    }

    /** Writes the recovery copy now when there are changes it does not have yet. */
    public void autosaveNow() {
        long revision = document.commands().revisionProperty().get();
        if (!document.isDirty() || revision == autosavedRevision) {
            return;
        }
        autosavedRevision = revision;
        Path file = document.file();
        String slot = RecoveryStore.slotOf(file, untitledSlot);
        Path partly = partlyRead.get();
        Topology topology = document.topology();
        writer.execute(() -> {
            try {
                store.save(slot, file, partly, topology, ProcessHandle.current());
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not write the recovery copy to " + store.folder(), e);
            }
        });
    }

    /** The document was saved or closed without losing anything: its recovery copy is no longer needed. */
    public void discard(Path file) {
        autosavedRevision = -1;
        discardSlot(RecoveryStore.slotOf(file, untitledSlot));
    }

    /** Removes a copy the planner chose to give up. */
    public void discardSlot(String slot) {
        writer.execute(() -> {
            try {
                store.discard(slot);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not remove the recovery copy in " + store.folder(), e);
            }
        });
    }

    @Override
    public void close() {
        timer.stop();
        writer.shutdown();
    }
}
