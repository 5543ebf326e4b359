package dev.aegisplanner.app.editor.properties;

import dev.aegisplanner.app.editor.theme.Icons;
import dev.aegisplanner.app.editor.theme.Styles;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/** The property sheet of the selection, the reason a typed value is refused, and what the selection adds below. */
public final class PropertiesView extends VBox {

    private final PropertySheet sheet;

    public PropertiesView(PropertiesViewModel model, Node extra) {
        getStyleClass().add(Styles.PROPERTIES_PANEL);
        Label title = new Label();
        title.textProperty().bind(model.titleProperty());
        title.getStyleClass().add(Styles.PANEL_TITLE);
        title.setId("properties-title");

        PropertySheet sheet = new WholeNamesSheet();
        sheet.setId("property-sheet");
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        // One flat list in the fields' own order: category mode folds all but one category away.
        sheet.setMode(PropertySheet.Mode.NAME);
        sheet.setPropertyEditorFactory(item -> {
            FieldViewModel field = ((FieldItem) item).field();
            if (!field.isEditable()) {
                return new ReadOnlyValue(field);
            }
            return field.isChoice() ? new ChoiceEditor(field) : new ValidatingTextEditor(field);
        });
        model.fields().addListener((ListChangeListener<FieldViewModel>) change ->
                sheet.getItems().setAll(model.fields().stream().map(FieldItem::new).toList()));
        sheet.getItems().setAll(model.fields().stream().map(FieldItem::new).toList());
        // The sheet takes what its rows need; what the selection adds below (a checklist) takes the rest.
        VBox.setVgrow(sheet, Priority.NEVER);
        sheet.setMinHeight(Region.USE_PREF_SIZE);
        VBox.setVgrow(extra, Priority.ALWAYS);

        Label problem = new Label();
        problem.setId("property-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.FIELD_PROBLEM);
        problem.setGraphic(Icons.of(MaterialDesignA.ALERT_CIRCLE, Styles.ERROR));
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        getChildren().addAll(title, sheet, problem, extra);
        this.sheet = sheet;
    }

    /** The first text field or choice box, in the order the sheet shows them. */
    private static Node firstField(Node node) {
        if ((node instanceof TextInputControl || node instanceof ComboBoxBase<?>) && node.isVisible() && !node.isDisabled()) {
            return node;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = firstField(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * Puts the keyboard in the first field of the sheet, its text selected, so typing replaces it and Enter
     * commits. Runs once the sheet has its rows for the new selection.
     */
    public void focusFirstField() {
        Platform.runLater(() -> {
            sheet.applyCss();
            sheet.layout();
            Node field = firstField(sheet);
            if (field != null) {
                field.requestFocus();
                if (field instanceof TextInputControl text) {
                    text.selectAll();
                }
            }
        });
    }
}
