package dev.aegisplanner.app.editor.properties;

import dev.aegisplanner.app.editor.theme.WrapWidth;
import javafx.application.Platform;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
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
    private double textHeight = -1;

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
        // A new width or value can mean another number of lines: the sheet measures its rows again.
        widthProperty().addListener((obs, old, now) -> requestLayout());
        textProperty().addListener((obs, old, now) -> requestLayout());
    }

    void setOnCommit(Runnable action) {
        onCommit = action;
    }

    @Override
    protected double computePrefHeight(double width) {
        double oneLine = super.computePrefHeight(width);
        if (!(lookup(".text") instanceof Text shown) || shown.getWrappingWidth() <= 0) {
            return oneLine;
        }
        double lineHeight = lineHeight(shown);
        double extra = shown.getLayoutBounds().getHeight() - lineHeight;
        return oneLine + Math.max(0, Math.min(extra, (MAX_LINES - 1) * lineHeight));
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(WrapWidth.of(this, width));
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (lookup(".scroll-pane") instanceof ScrollPane scroller && lookup(".text") instanceof Text shown) {
            double height = shown.getLayoutBounds().getHeight();
            if (Math.abs(height - textHeight) > 0.5) {
                textHeight = height;
                // The text wraps anew while being laid out, too late for this pass to give it the room.
                Platform.runLater(this::requestLayout);
            }
            boolean longer = shown.getLayoutBounds().getHeight() > MAX_LINES * lineHeight(shown) + 0.5;
            ScrollPane.ScrollBarPolicy policy = longer ? ScrollPane.ScrollBarPolicy.AS_NEEDED : ScrollPane.ScrollBarPolicy.NEVER;
            if (scroller.getVbarPolicy() != policy || scroller.getHbarPolicy() != ScrollPane.ScrollBarPolicy.NEVER) {
                scroller.setVbarPolicy(policy);
                scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
            }
        }
    }

    private static double lineHeight(Text shown) {
        Text line = new Text("X");
        line.setFont(shown.getFont());
        return line.getLayoutBounds().getHeight();
    }
}
