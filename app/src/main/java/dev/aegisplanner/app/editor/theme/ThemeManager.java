package dev.aegisplanner.app.editor.theme;

import java.util.Objects;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.Scene;

/**
 * Switches the whole application between light and dark with one call, and remembers the choice. The
 * editor's own stylesheet rides on top of the AtlantaFX theme and only uses its looked-up colours.
 */
public final class ThemeManager {

    /** The editor's stylesheet, shipped from {@code assets/styles}. */
    public static final String EDITOR_STYLESHEET = "/assets/styles/editor.css";
    /** The analysis views' stylesheet (coverage, capacity, demand), on top of the editor's. */
    public static final String ANALYSIS_STYLESHEET = "/assets/styles/analysis.css";
    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");
    private static final String KEY = "theme";

    private final Preferences preferences;
    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>();
    private Scene scene;

    public ThemeManager(Preferences preferences) {
        this.preferences = preferences;
        Theme saved = Theme.LIGHT;
        try {
            saved = Theme.valueOf(preferences.get(KEY, Theme.LIGHT.name()));
        } catch (IllegalArgumentException unknown) {
            // A preference written by another version: fall back to the default look.
        }
        theme.set(saved);
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    /** Styles a scene with the current theme and keeps it styled when the theme changes. */
    public void install(Scene target) {
        this.scene = target;
        String editorCss = Objects.requireNonNull(ThemeManager.class.getResource(EDITOR_STYLESHEET),
                "editor stylesheet missing from the classpath").toExternalForm();
        target.getStylesheets().add(editorCss);
        target.getStylesheets().add(Objects.requireNonNull(ThemeManager.class.getResource(ANALYSIS_STYLESHEET),
                "analysis stylesheet missing from the classpath").toExternalForm());
        apply(theme.get());
    }

    public void apply(Theme next) {
        Application.setUserAgentStylesheet(next.userAgentStylesheet());
        theme.set(next);
        if (scene != null) {
            scene.getRoot().pseudoClassStateChanged(DARK, next == Theme.DARK);
        }
        preferences.put(KEY, next.name());
    }

    public void toggle() {
        apply(theme.get().other());
    }
}
