package dev.aegisplanner.app.editor.properties;

import dev.aegisplanner.app.editor.theme.Styles;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * A text field that checks every keystroke and stores on Enter or when focus leaves. A refused value stays
 * in the field, marked, with the reason in its tooltip and under the sheet; Escape puts the stored value back.
 * A long value (a location's name, a description) wraps onto more lines rather than being cut.
 */
final class ValidatingTextEditor implements PropertyEditor<Object> {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final FieldViewModel field;
    private final GrowingTextArea text = new GrowingTextArea();
    private final Tooltip tooltip = new Tooltip();

    ValidatingTextEditor(FieldViewModel field) {
        this.field = field;
        text.getStyleClass().add(Styles.FIELD_EDITOR);
        text.setId(idOf(field));
        text.setEditable(field.isEditable());
        text.setPromptText(field.prompt());
        text.setText(field.valueProperty().get());
        text.textProperty().addListener((obs, old, typed) -> {
            if (text.isFocused()) {
                field.check(typed);
            }
        });
        field.problemProperty().addListener((obs, old, problem) -> showProblem(problem));
        field.valueProperty().addListener((obs, old, stored) -> {
            if (!text.isFocused() || field.problemProperty().get().isEmpty()) {
                text.setText(stored);
            }
        });
        text.setOnCommit(() -> field.commit(text.getText()));
        text.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && field.isEditable()) {
                field.commit(text.getText());
            }
        });
        text.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                field.revert();
                text.setText(field.valueProperty().get());
                event.consume();
            }
        });
        if (!field.description().isEmpty()) {
            tooltip.setText(field.description());
            text.setTooltip(tooltip);
        }
    }

    /** The editor's id, from the field's name: {@code field-latitude}. */
    static String idOf(FieldViewModel field) {
        return "field-" + field.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private void showProblem(String problem) {
        text.pseudoClassStateChanged(INVALID, !problem.isEmpty());
        tooltip.setText(problem.isEmpty() ? field.description() : problem);
        text.setTooltip(tooltip.getText().isEmpty() ? null : tooltip);
    }

    @Override
    public Node getEditor() {
        return text;
    }

    @Override
    public Object getValue() {
        return text.getText();
    }

    @Override
    public void setValue(Object value) {
        text.setText(value == null ? "" : value.toString());
    }
}
