package dev.aegisplanner.app.editor.properties;

import dev.aegisplanner.app.editor.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import org.controlsfx.property.editor.PropertyEditor;

/** A drop-down of a field's values; choosing one stores it as one undoable step. */
final class ChoiceEditor implements PropertyEditor<Object> {

    private final ComboBox<String> box;
    private boolean updating;

    ChoiceEditor(FieldViewModel field) {
        box = new ComboBox<>(field.choices());
        box.getStyleClass().add(Styles.FIELD_EDITOR);
        box.setId("field-" + field.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        box.setMaxWidth(Double.MAX_VALUE);
        show(field.valueProperty().get());
        field.valueProperty().addListener((obs, old, stored) -> show(stored));
        box.valueProperty().addListener((obs, old, chosen) -> {
            if (!updating && chosen != null && !field.commit(chosen)) {
                show(field.valueProperty().get());
            }
        });
    }

    private void show(String value) {
        updating = true;
        try {
            box.setValue(value == null || value.isEmpty() ? null : value);
        } finally {
            updating = false;
        }
    }

    @Override
    public Node getEditor() {
        return box;
    }

    @Override
    public Object getValue() {
        return box.getValue();
    }

    @Override
    public void setValue(Object value) {
        show(value == null ? null : value.toString());
    }
}
