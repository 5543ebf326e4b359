package dev.aegisplanner.app.editor.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import dev.aegisplanner.app.document.SelectionModel;
import dev.aegisplanner.app.document.TopologyDocument;
import dev.aegisplanner.app.editor.problems.ProblemsViewModel;
import dev.aegisplanner.app.editor.tasks.BackgroundWork;
import dev.aegisplanner.model.edit.PropertyEdits;
import dev.aegisplanner.model.io.TopologyReader;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.validation.Problem;
import dev.aegisplanner.model.validation.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Saving never changes what a plan says: what the format does not know is written back, on Save As too, and
 * its problem stays in view with its place in the new file; a document read only in part asks before any save
 * that would stand for its file without the parts it could not read.
 */
@ExtendWith(ApplicationExtension.class)
class DocumentFilesTest {

    private static final String TYPO = """
            {"format": "aegis-topology", "version": 1,
             "locations": [{"id": "FRA", "region": "EU", "lat": 50.1, "lon": 8.7}],
             "zones": [{"id": "shop", "region": ["EU"]}]}
            """;
    private static final String PARTLY = """
            {"format": "aegis-topology", "version": 1, "description": ["not", "text"],
             "locations": [{"id": "FRA", "lat": 50.1, "lon": 8.7}]}
            """;

    @TempDir
    Path folder;

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final BackgroundWork work = new BackgroundWork();
    private final TopologyDocument document = new TopologyDocument(Topology.empty("Untitled"), null);
    private final Dialogs dialogs = new Dialogs();
    private ProblemsViewModel problems;
    private RecoveryStore recovery;
    private DocumentFiles files;

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        work.close();
    }

    private void open(String text, String name) throws Exception {
        open(Files.writeString(folder.resolve(name), text));
    }

    private void open(Path file) throws Exception {
        recovery = new RecoveryStore(folder.resolve("recovery"));
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            problems = new ProblemsViewModel(document.topologyProperty(), Validator::validate, scheduler,
                    Runnable::run, 10);
            Autosaver autosaver = new Autosaver(document, recovery, Duration.hours(1));
            files = new DocumentFiles(document, new SelectionModel(), problems,
                    new RecentFiles(Preferences.userRoot().node("dev/aegisplanner/test/files-" + System.nanoTime())),
                    recovery, autosaver, work, dialogs);
            files.open(file);
        });
        waitFor(5, TimeUnit.SECONDS, () -> file.equals(document.file()));
    }

    private void edit() {
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> document.commands().execute("Rename",
                t -> PropertyEdits.setName(t, ElementRef.location("FRA"), "Frankfurt")));
    }

    private void saveAs(Path target) throws Exception {
        dialogs.saveTo = target;
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> files.saveAs(() -> { }));
    }

    @Test
    void theFileNamedAtStartIsOpenedFromWhatWasReadWhileTheToolkitStarted() throws Exception {
        Path file = Files.writeString(folder.resolve("start.json"), TYPO);
        EarlyRead.start(file);

        open(file);

        assertThat(EarlyRead.take(file)).as("the early read, taken by the window").isEmpty();
        assertThat(document.topology().locations()).extracting(l -> l.id()).containsExactly("FRA");
    }

    @Test
    void aMistypedFieldSurvivesSaveAsAndItsProblemIsShownAtItsPlaceInTheNewFile() throws Exception {
        open(TYPO, "typo.json");
        edit();
        Path copy = folder.resolve("copy.json");

        saveAs(copy);
        waitFor(5, TimeUnit.SECONDS, () -> copy.equals(document.file()) && !document.isDirty());

        assertThat(Files.readString(copy)).contains("{ \"id\": \"shop\", \"region\": [\"EU\"] }");
        Problem unknown = TopologyReader.read(copy).problems().stream()
                .filter(p -> p.code().equals("unknown-field")).findFirst().orElseThrow();
        assertThat(unknown.line()).as("the writer lays the file out anew").isNotEqualTo(3);
        waitFor(5, TimeUnit.SECONDS, () -> problems.rows().stream().anyMatch(r -> r.message().equals(unknown.message())
                && r.position().equals(unknown.line() + ":" + unknown.column())));
    }

    @Test
    void saveAsOfADocumentReadOnlyInPartAsksAndCancelWritesNothing() throws Exception {
        open(PARTLY, "partly.json");
        edit();
        Path elsewhere = folder.resolve("elsewhere.json");
        dialogs.saveWithoutUnreadParts = false;

        saveAs(elsewhere);

        assertThat(dialogs.asked).containsExactly("save partly.json without its unread parts as elsewhere.json");
        assertThat(elsewhere).doesNotExist();
        assertThat(document.isDirty()).isTrue();
    }

    @Test
    void aRecoveredCopyOfADocumentReadOnlyInPartAsksBeforeSavingOverItsFile() throws Exception {
        open(PARTLY, "partly.json");
        Path file = document.file();
        recovery.save(RecoveryStore.slotOf(file, null), file, file, document.topology().withName("recovered"), null);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(60)));
        dialogs.recover = true;
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> files.offerRecoveryCopies());
        waitFor(5, TimeUnit.SECONDS, () -> document.isDirty());
        dialogs.overwrite = FileDialogs.OverwriteChoice.CANCEL;

        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> files.save(() -> { }));

        assertThat(dialogs.asked).containsExactly("overwrite partly.json");
        assertThat(Files.readString(file)).isEqualTo(PARTLY);
    }

    /** Answers as a planner would, and notes what was asked. */
    private static final class Dialogs implements FileDialogs {
        Path saveTo;
        boolean saveWithoutUnreadParts;
        boolean recover;
        OverwriteChoice overwrite = OverwriteChoice.OVERWRITE;
        final List<String> asked = new ArrayList<>();

        @Override
        public Optional<Path> chooseFileToOpen(Path folder) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseFileToSave(Path folder, String suggestedName) {
            return Optional.ofNullable(saveTo);
        }

        @Override
        public DiscardChoice confirmDiscard(String documentName) {
            return DiscardChoice.DISCARD;
        }

        @Override
        public void showUnreadable(Path file, List<Problem> problems) {
            asked.add("unreadable " + file.getFileName());
        }

        @Override
        public void showSaveFailed(Path file, String reason) {
            asked.add("failed " + reason);
        }

        @Override
        public OverwriteChoice confirmOverwritePartlyRead(Path file) {
            asked.add("overwrite " + file.getFileName());
            return overwrite;
        }

        @Override
        public boolean confirmSaveWithoutUnreadParts(Path readFrom, Path target) {
            asked.add("save " + readFrom.getFileName() + " without its unread parts as " + target.getFileName());
            return saveWithoutUnreadParts;
        }

        @Override
        public Optional<RecoveryStore.Recovery> offerRecovery(List<RecoveryStore.Recovery> copies,
                                                              Consumer<RecoveryStore.Recovery> discard) {
            return recover && !copies.isEmpty() ? Optional.of(copies.get(0)) : Optional.empty();
        }
    }
}
