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
    }

    @Test
    void the_untitled_document_has_its_own_copy_and_discarding_removes_it() throws IOException {
        RecoveryStore store = new RecoveryStore(home.resolve("recovery"));
        store.save(null, EditorFixtures.fiveMetros());

        assertThat(store.find(null)).get().extracting(RecoveryStore.Recovery::document).isNull();
        store.discard(null);
        assertThat(store.find(null)).isEmpty();
    }

    @Test
    void two_documents_with_one_name_in_different_folders_do_not_share_a_copy() {
        assertThat(RecoveryStore.key(home.resolve("a/plan.json"))).isNotEqualTo(RecoveryStore.key(home.resolve("b/plan.json")));
        assertThat(RecoveryStore.key(home.resolve("a/plan.json"))).startsWith("plan.json-");
    }
}
