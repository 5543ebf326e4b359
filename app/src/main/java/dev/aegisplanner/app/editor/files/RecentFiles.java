package dev.aegisplanner.app.editor.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The files opened or saved lately, newest first, remembered across runs in the user's preferences. */
public final class RecentFiles {

    static final int LIMIT = 10;
    private static final String KEY = "recent.";

    private final Preferences preferences;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    /** Read-only view handed out once: listeners on a fresh wrapper per call would be dropped with it. */
    private final ObservableList<Path> filesView = FXCollections.unmodifiableObservableList(files);

    public RecentFiles(Preferences preferences) {
        this.preferences = preferences;
        for (int i = 0; i < LIMIT; i++) {
            String path = preferences.get(KEY + i, null);
            if (path != null) {
                files.add(Path.of(path));
            }
        }
    }

    public ObservableList<Path> files() {
        return filesView;
    }

    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(absolute);
        next.add(0, absolute);
        files.setAll(next.subList(0, Math.min(LIMIT, next.size())));
        store();
    }

    /** Forgets a file that could not be opened any more. */
    public void remove(Path file) {
        if (files.remove(file.toAbsolutePath().normalize())) {
            store();
        }
    }

    public void clear() {
        files.clear();
        store();
    }

    private void store() {
        for (int i = 0; i < LIMIT; i++) {
            if (i < files.size()) {
                preferences.put(KEY + i, files.get(i).toString());
            } else {
                preferences.remove(KEY + i);
            }
        }
    }
}
