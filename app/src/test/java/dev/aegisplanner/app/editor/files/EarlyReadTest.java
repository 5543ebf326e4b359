package dev.aegisplanner.app.editor.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.io.ReadResult;
import dev.aegisplanner.model.topology.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file named on the command line is read while the toolkit starts, and the window opens what was read. */
class EarlyReadTest {

    @TempDir
    Path folder;

    private Path plan(String name, String location) throws IOException {
        return Files.writeString(folder.resolve(name), """
                {"format": "aegis-topology", "version": 1,
                 "locations": [{"id": "%s", "region": "EU", "lat": 50.1, "lon": 8.7}]}
                """.formatted(location));
    }

    @Test
    void the_window_takes_what_was_read_once() throws IOException {
        Path file = plan("frankfurt.json", "FRA");
        EarlyRead.start(file);

        ReadResult read = EarlyRead.take(file).orElseThrow();

        assertThat(read.topology().locations()).extracting(Location::id).containsExactly("FRA");
        assertThat(EarlyRead.take(file)).as("a second open of the file reads it afresh").isEmpty();
    }

    @Test
    void another_file_is_read_afresh_and_the_early_read_waits_for_its_own() throws IOException {
        Path early = plan("frankfurt.json", "FRA");
        Path other = plan("madrid.json", "MAD");
        EarlyRead.start(early);

        assertThat(EarlyRead.take(other)).isEmpty();
        assertThat(EarlyRead.take(early)).map(r -> r.topology().locations().get(0).id()).contains("FRA");
    }

    @Test
    void a_file_that_is_not_there_is_reported_as_the_editor_reports_it() {
        Path missing = folder.resolve("missing.json");
        EarlyRead.start(missing);

        assertThat(EarlyRead.take(missing)).map(ReadResult::outcome).contains(ReadResult.Outcome.UNREADABLE);
    }
}
