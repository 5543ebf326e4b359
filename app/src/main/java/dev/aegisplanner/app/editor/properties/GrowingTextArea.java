package dev.aegisplanner.app.editor.properties;

import javafx.application.Platform;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A one-paragraph text box that wraps its value over as many lines as it needs, so a long name or description
 * reads whole in a narrow sheet, yet types like a text field: no line breaks or tabs go in (pasted ones are
 * dropped, as a text field drops them), Enter fires {@link #setOnCommit the commit}, Tab moves to the next field.
 * It is one line high for a short value and grows a line at a time up to {@link #MAX_LINES}.
 */
final class GrowingTextArea extends TextArea {

    /** A value longer than this (a description, say) scrolls in its box rather than pushing the panels below off. */
    static final int MAX_LINES = 4;

    private Runnable onCommit = () -> { };
    private Text shown;
    /** The height of one line in the font it was measured for: the text changes far more often than its font. */
    private Font lineHeightFont;
    private double lineHeight;

    GrowingTextArea() {
        setWrapText(true);
        setPrefRowCount(1);
        setTextFormatter(new TextFormatter<>(change -> {
            change.setText(change.getText().replaceAll("[\\r\\n\\t]", ""));
            return change;
        }));
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                onCommit.run();
                event.consume();
            } else if (event.getCode() == KeyCode.TAB && !event.isControlDown()) {
                // A text area's own key for leaving it is Ctrl+Tab; plain Tab is what a field's user presses.
                event.consume();
                fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, event.isShiftDown(), true, false, false));
            }
        });
    }

    void setOnCommit(Runnable action) {
        onCommit = action;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    /**
     * Follows the shown text as it wraps (the skin wraps it while laying out its scroll pane, after this area's
     * own layout): as many rows as it takes, up to {@link #MAX_LINES}, so the skin asks for exactly their height.
     */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        // The value's text: the skin also styles its prompt "text" and keeps it first while the value is empty.
        if (shown == null && lookupAll(".text").stream()
                .filter(n -> n instanceof Text t && !t.textProperty().isBound())
                .findFirst().orElse(null) instanceof Text text) {
            shown = text;
            shown.layoutBoundsProperty().addListener((obs, old, now) -> fitRows());
            fitRows();
        }
    }

    private void fitRows() {
        if (shown.getWrappingWidth() <= 0 || !(lookup(".scroll-pane") instanceof ScrollPane scroller)) {
            return;
        }
        if (lineHeightFont != shown.getFont()) {
            Text line = new Text("X");
            line.setFont(shown.getFont());
            lineHeightFont = shown.getFont();
            lineHeight = line.getLayoutBounds().getHeight();
        }
        int lines = (int) Math.max(1, Math.round(shown.getLayoutBounds().getHeight() / lineHeight));
        int rows = Math.min(lines, MAX_LINES);
        // Set after the layout pass that wrapped the text: a change during it would not lay the sheet out again.
        Platform.runLater(() -> {
            setPrefRowCount(rows);
            scroller.setVbarPolicy(lines > MAX_LINES ? ScrollPane.ScrollBarPolicy.AS_NEEDED : ScrollPane.ScrollBarPolicy.NEVER);
            scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        });
    }
}
