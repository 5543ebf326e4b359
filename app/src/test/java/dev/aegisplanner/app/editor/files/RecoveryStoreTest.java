package dev.aegisplanner.app.editor.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.app.editor.EditorFixtures;
import dev.aegisplanner.model.io.ReadResult;
import dev.aegisplanner.model.io.TopologyReader;
import dev.aegisplanner.model.io.TopologyWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryStoreTest {

    @TempDir
    Path home;

    @Test
    void a_copy_newer_than_its_document_is_offered_with_the_document_it_belongs_to() throws IOException {
        Path document = home.resolve("plan.json");
        TopologyWriter.write(EditorFixtures.fiveMetros(), document);
        Files.setLastModifiedTime(document, FileTime.from(Instant.now().minusSeconds(60)));
        RecoveryStore store = new RecoveryStore(home.resolve("recovery"));

        store.save(document, EditorFixtures.fiveMetros().withName("Edited"));

        RecoveryStore.Recovery found = store.find(document).orElseThrow();
        assertThat(found.document()).isEqualTo(document.toAbsolutePath());
        ReadResult copy = TopologyReader.read(found.file());
        assertThat(copy.topology().name()).isEqualTo("Edited");
    }

    @Test
    void a_copy_older_than_its_document_is_not_offered() throws IOException {
        Path document = home.resolve("plan.json");
        RecoveryStore store = new RecoveryStore(home.resolve("recovery"));
        store.save(document, EditorFixtures.fiveMetros());
        TopologyWriter.write(EditorFixtures.fiveMetros(), document);
        Files.setLastModifiedTime(document, FileTime.from(Instant.now().plusSeconds(60)));

        assertThat(store.find(document)).isEmpty();
        assertThat(store.all()).isEmpty();
    }

    @Test
    void every_window_keeps_its_unsaved_document_in_a_slot_of_its_own() throws IOException {
        RecoveryStore store = new RecoveryStore(home.resolve("recovery"));
        String first = RecoveryStore.newUntitledSlot();
        String second = RecoveryStore.newUntitledSlot();

        store.save(first, null, null, EditorFixtures.fiveMetros().withName("one"), null);
        store.save(second, null, null, EditorFixtures.fiveMetros().withName("two"), null);

        assertThat(first).isNotEqualTo(second);
        assertThat(store.all()).extracting(RecoveryStore.Recovery::slot).containsExactlyInAnyOrder(first, second);
        store.discard(first);
        assertThat(store.all()).extracting(RecoveryStore.Recovery::slot).containsExactly(second);
    }

    @Test
    void a_copy_another_running_editor_keeps_is_not_offered_as_if_it_had_crashed() throws IOException {
        RecoveryStore store = new RecoveryStore(home.resolve("recovery"));
        store.save("untitled-live", null, null, EditorFixtures.fiveMetros(), ProcessHandle.current());
        store.save("untitled-crashed", null, null, EditorFixtures.fiveMetros(), null);

        assertThat(store.all()).extracting(RecoveryStore.Recovery::slot).containsExactly("untitled-crashed");
    }

    @Test
    void a_copy_remembers_the_file_its_document_was_read_from_only_in_part() throws IOException {
        RecoveryStore store = new RecoveryStore(home.resolve("recovery"));
        Path partly = home.resolve("partly.json");

        store.save(RecoveryStore.slotOf(partly, "unused"), partly, partly, EditorFixtures.fiveMetros(), null);

        assertThat(store.all()).singleElement().satisfies(copy -> {
            assertThat(copy.partlyRead()).isEqualTo(partly.toAbsolutePath());
            assertThat(copy.documentName()).isEqualTo("partly.json");
        });
    }

    @Test
    void two_documents_with_one_name_in_different_folders_do_not_share_a_copy() {
        assertThat(RecoveryStore.key(home.resolve("a/plan.json"))).isNotEqualTo(RecoveryStore.key(home.resolve("b/plan.json")));
        assertThat(RecoveryStore.key(home.resolve("a/plan.json"))).startsWith("plan.json-");
    }
}
