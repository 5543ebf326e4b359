package dev.aegisplanner.app.editor.properties;

import dev.aegisplanner.app.editor.theme.Styles;
import dev.aegisplanner.app.editor.theme.WrapWidth;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * A value the planner reads but does not type (what a location contains, a data center's location): the whole
 * text, wrapped over as many lines as the sheet's width needs, never cut off in a greyed field.
 */
final class ReadOnlyValue implements PropertyEditor<Object> {

    /**
     * The sheet measures its rows by their preferred widths, which for a long value is one long line; the value
     * answers for the width it was last given instead, so its row grows to the lines it wraps onto.
     */
    private final Label value = new Label() {
        @Override
        protected double computePrefWidth(double height) {
            double whole = super.computePrefWidth(height);
            return getWidth() > 0 ? Math.min(whole, getWidth()) : whole;
        }

        @Override
        protected double computePrefHeight(double width) {
            return super.computePrefHeight(WrapWidth.of(this, width));
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }
    };

    ReadOnlyValue(FieldViewModel field) {
        value.getStyleClass().add(Styles.READ_ONLY_VALUE);
        value.setId(ValidatingTextEditor.idOf(field));
        value.setWrapText(true);
        // A new width can mean another number of lines: the rows are measured again.
        value.widthProperty().addListener((obs, old, now) -> value.requestLayout());
        // An empty value says so in the field's own word ("none"), as an empty text field's prompt would.
        value.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                field.valueProperty().get().isEmpty() ? field.prompt() : field.valueProperty().get(), field.valueProperty()));
        if (!field.description().isEmpty()) {
            value.setTooltip(new Tooltip(field.description()));
        }
    }

    @Override
    public Node getEditor() {
        return value;
    }

    @Override
    public Object getValue() {
        return value.getText();
    }

    @Override
    public void setValue(Object ignored) {
        // The label follows the field's stored value.
    }
}
