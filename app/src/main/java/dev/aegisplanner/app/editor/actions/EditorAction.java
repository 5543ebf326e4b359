package dev.aegisplanner.app.editor.actions;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;

/**
 * Something the planner can do from the menu, the toolbar or the keyboard: one definition, so the menu,
 * the toolbar button, the accelerator and the shortcuts sheet never disagree.
 */
public final class EditorAction {

    private final String id;
    private final String text;
    private final Runnable handler;
    private ObservableStringValue dynamicText;
    private KeyCombination accelerator;
    private Ikon icon;
    private String help = "";
    private ObservableBooleanValue disabled = Bindings.createBooleanBinding(() -> false);

    private EditorAction(String id, String text, Runnable handler) {
        this.id = id;
        this.text = text;
        this.handler = handler;
    }

    public static EditorAction of(String id, String text, Runnable handler) {
        return new EditorAction(id, text, handler);
    }

    /** An accelerator such as {@code "Shortcut+Shift+S"}. */
    public EditorAction key(String combination) {
        this.accelerator = KeyCombination.valueOf(combination);
        return this;
    }

    public EditorAction icon(Ikon value) {
        this.icon = value;
        return this;
    }

    /** The tooltip: what the action does, in a few words. */
    public EditorAction help(String value) {
        this.help = value;
        return this;
    }

    /** A menu text that follows the state, such as "Undo Move 3 servers". */
    public EditorAction textFrom(ObservableStringValue value) {
        this.dynamicText = value;
        return this;
    }

    public EditorAction disabledWhen(ObservableBooleanValue condition) {
        this.disabled = condition;
        return this;
    }

    public String id() {
        return id;
    }

    public String text() {
        return text;
    }

    public ObservableStringValue dynamicText() {
        return dynamicText;
    }

    public KeyCombination accelerator() {
        return accelerator;
    }

    public Ikon icon() {
        return icon;
    }

    public String help() {
        return help.isEmpty() ? text : help;
    }

    public ObservableBooleanValue disabled() {
        return disabled;
    }

    public void run() {
        if (!disabled.get()) {
            handler.run();
        }
    }

    /** "Ctrl+Shift+S" on Linux and Windows, the symbols on macOS. */
    public String shortcutText() {
        return accelerator == null ? "" : accelerator.getDisplayText();
    }
}
