package dev.aegisplanner.app.editor.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecentFilesTest {

    private final Preferences preferences = Preferences.userRoot().node("dev/aegisplanner/test/recent-" + System.nanoTime());

    @AfterEach
    void forget() throws BackingStoreException {
        preferences.removeNode();
    }

    @Test
    void newest_first_each_once_and_remembered() {
        RecentFiles recent = new RecentFiles(preferences);
        recent.add(Path.of("/plans/a.json"));
        recent.add(Path.of("/plans/b.json"));
        recent.add(Path.of("/plans/a.json"));

        assertThat(new RecentFiles(preferences).files()).containsExactly(Path.of("/plans/a.json"), Path.of("/plans/b.json"));
    }

    @Test
    void only_the_last_ten_are_kept() {
        RecentFiles recent = new RecentFiles(preferences);
        for (int i = 0; i < 12; i++) {
            recent.add(Path.of("/plans/" + i + ".json"));
        }

        assertThat(recent.files()).hasSize(RecentFiles.LIMIT).first().isEqualTo(Path.of("/plans/11.json"));
    }

    @Test
    void a_removed_or_cleared_file_is_forgotten() {
        RecentFiles recent = new RecentFiles(preferences);
        recent.add(Path.of("/plans/a.json"));
        recent.add(Path.of("/plans/b.json"));

        recent.remove(Path.of("/plans/a.json"));
        assertThat(new RecentFiles(preferences).files()).containsExactly(Path.of("/plans/b.json"));
        recent.clear();
        assertThat(new RecentFiles(preferences).files()).isEmpty();
    }
}
