package dev.aegisplanner.app.editor.trace;

import dev.aegisplanner.app.editor.actions.Controls;
import dev.aegisplanner.app.editor.theme.Styles;
import dev.aegisplanner.app.editor.theme.WrapWidth;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Scenario;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The request: a saved scenario, or zone, origin, family and ingress server by hand; the ingress can come from
 * the selection, and the request can be saved as a scenario.
 */
final class TraceRequestForm extends GridPane {

    /** The family combo's entries: the origin's default is a choice of its own, not an empty field. */
    private enum FamilyChoice {
        DEFAULT("Origin default", null), IPV4("IPv4", Family.IPV4), IPV6("IPv6", Family.IPV6);

        final String text;
        final Family family;

        FamilyChoice(String text, Family family) {
            this.text = text;
            this.family = family;
        }

        static FamilyChoice of(Family family) {
            return family == null ? DEFAULT : family == Family.IPV4 ? IPV4 : IPV6;
        }
    }

    TraceRequestForm(TraceRequestModel model, TraceActions actions) {
        getStyleClass().add(Styles.TRACE_FORM);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        getColumnConstraints().addAll(labels, fields);

        ComboBox<Scenario> scenario = new ComboBox<>(model.scenarios());
        scenario.setId("trace-scenario");
        scenario.setPromptText("By hand");
        scenario.setCellFactory(list -> new Cell<>(Scenario::displayName, "By hand"));
        // A scenario's name is a sentence, longer than a narrow panel's field: it wraps onto a second line.
        Cell<Scenario> shown = new WrappingCell<>(Scenario::displayName, "By hand");
        shown.setId("trace-scenario-shown");
        scenario.setButtonCell(shown);
        scenario.valueProperty().bindBidirectional(model.scenarioProperty());
        Tooltip about = new Tooltip();
        about.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> scenario.getValue() == null
                ? "Trace a saved scenario; change any field below to trace by hand"
                : scenario.getValue().displayName(), scenario.valueProperty()));
        scenario.setTooltip(about);

        ComboBox<FamilyChoice> family = new ComboBox<>(FXCollections.observableArrayList(FamilyChoice.values()));
        family.setId("trace-family");
        family.setCellFactory(list -> new Cell<>(c -> c.text, ""));
        family.setButtonCell(new Cell<>(c -> c.text, ""));
        family.setValue(FamilyChoice.of(model.familyProperty().get()));
        family.valueProperty().addListener((obs, old, now) -> model.familyProperty().set(now == null ? null : now.family));
        model.familyProperty().addListener((obs, old, now) -> family.setValue(FamilyChoice.of(now)));

        Button fromSelection = Controls.toolButton(actions.sendFromHere);
        HBox ingress = new HBox(new IngressField(model), fromSelection);
        ingress.getStyleClass().add(Styles.INPUT_ROW);
        HBox.setHgrow(ingress.getChildren().get(0), Priority.ALWAYS);

        // Saving the request sits beside the scenarios it adds to: a row of its own would push the request's
        // last field out of a laptop's dock once a long scenario name wraps.
        Button save = Controls.toolButton(actions.saveAsScenario);
        HBox scenarioRow = new HBox(scenario, save);
        scenarioRow.getStyleClass().add(Styles.INPUT_ROW);
        HBox.setHgrow(scenario, Priority.ALWAYS);
        scenario.setMaxWidth(Double.MAX_VALUE);

        row(0, "Scenario", scenarioRow);
        row(1, "Zone", ids("trace-zone", model.zones(), model.zoneProperty()));
        row(2, "Origin", ids("trace-origin", model.origins(), model.originProperty()));
        row(3, "Family", family);
        row(4, "Ingress", ingress);
    }

    private void row(int index, String title, Node control) {
        Label label = new Label(title);
        label.getStyleClass().add(Styles.TRACE_FIELD_LABEL);
        label.setLabelFor(control);
        if (control instanceof ComboBox<?> combo) {
            combo.setMaxWidth(Double.MAX_VALUE);
        }
        add(label, 0, index);
        add(control, 1, index);
    }

    private static ComboBox<String> ids(String id, ObservableList<String> items, ObjectProperty<String> value) {
        ComboBox<String> combo = new ComboBox<>(items);
        combo.setId(id);
        combo.setPromptText("Choose");
        combo.valueProperty().bindBidirectional(value);
        combo.setMaxWidth(Double.MAX_VALUE);
        return combo;
    }

    /** A combo cell that shows an entry by a function of it, and a word for none. */
    private static class Cell<T> extends ListCell<T> {
        private final Function<T, String> text;
        private final String none;

        Cell(Function<T, String> text, String none) {
            this.text = text;
            this.none = none;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? none : text.apply(item));
        }
    }

    /**
     * A combo's shown entry that wraps a long text onto more lines. The combo asks its cell for a height without
     * a width; the cell answers for the width it was last given, so the combo grows to the lines it needs.
     */
    private static final class WrappingCell<T> extends Cell<T> {

        WrappingCell(Function<T, String> text, String none) {
            super(text, none);
            setWrapText(true);
            widthProperty().addListener((obs, old, now) -> requestLayout());
        }

        @Override
        protected double computePrefHeight(double width) {
            return super.computePrefHeight(WrapWidth.of(this, width));
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }
    }
}
