package dev.aegisplanner.app.editor;

import dev.aegisplanner.app.editor.files.RecentFiles;
import dev.aegisplanner.app.editor.files.RecoveryStore;
import dev.aegisplanner.app.editor.tasks.BackgroundWork;
import dev.aegisplanner.app.editor.theme.ThemeManager;
import java.util.prefs.Preferences;

/**
 * What the editor keeps beyond one window: the look, the recent files, the recovery folder, the background
 * worker. Tests make their own, with preferences and a recovery folder of their own.
 */
public record EditorServices(ThemeManager theme, RecentFiles recent, RecoveryStore recovery, BackgroundWork work,
                             int autosaveSeconds) {

    /** Preferences under {@code -Daegis.preferences} (default {@code dev/aegisplanner/editor}). */
    public static EditorServices standard() {
        Preferences preferences = Preferences.userRoot()
                .node(System.getProperty("aegis.preferences", "dev/aegisplanner/editor"));
        return new EditorServices(new ThemeManager(preferences), new RecentFiles(preferences.node("recent")),
                RecoveryStore.inUserHome(), new BackgroundWork(), 60);
    }
}
