package dev.aegisplanner.app.editor.properties;

import java.util.Optional;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;

/** Shows a field in the ControlsFX property sheet; the field's own editors store values through the view model. */
final class FieldItem implements PropertySheet.Item {

    private final FieldViewModel field;

    FieldItem(FieldViewModel field) {
        this.field = field;
    }

    FieldViewModel field() {
        return field;
    }

    @Override
    public Class<?> getType() {
        return String.class;
    }

    @Override
    public String getCategory() {
        return field.category();
    }

    @Override
    public String getName() {
        return field.name();
    }

    @Override
    public String getDescription() {
        return field.description();
    }

    @Override
    public Object getValue() {
        return field.valueProperty().get();
    }

    @Override
    public void setValue(Object value) {
        // Values are stored by the editors through FieldViewModel.commit, one undoable step each.
    }

    @Override
    public Optional<ObservableValue<?>> getObservableValue() {
        return Optional.of(field.valueProperty());
    }

    @Override
    public boolean isEditable() {
        return field.isEditable();
    }
}
