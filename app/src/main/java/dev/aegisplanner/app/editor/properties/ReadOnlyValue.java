package dev.aegisplanner.app.editor.properties;

import dev.aegisplanner.app.editor.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * A value the planner reads but does not type (what a location contains, a data center's location): the whole
 * text, wrapped over as many lines as the sheet's width needs, never cut off in a greyed field.
 */
final class ReadOnlyValue implements PropertyEditor<Object> {

    private final Label value = new Label();

    ReadOnlyValue(FieldViewModel field) {
        value.getStyleClass().add(Styles.READ_ONLY_VALUE);
        value.setId(ValidatingTextEditor.idOf(field));
        value.setWrapText(true);
        value.textProperty().bind(field.valueProperty());
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
