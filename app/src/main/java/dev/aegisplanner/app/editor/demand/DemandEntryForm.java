package dev.aegisplanner.app.editor.demand;

import dev.aegisplanner.app.editor.analysis.AnalysisControls;
import dev.aegisplanner.app.editor.analysis.AnalysisStyles;
import dev.aegisplanner.app.editor.analysis.Figures;
import dev.aegisplanner.app.editor.demand.DemandViewModel.Entry;
import dev.aegisplanner.app.editor.theme.Styles;
import dev.aegisplanner.model.topology.Family;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/**
 * The selected demand entry's fields. The choosers offer only what exists (zones, origins, locations and their
 * data centers); connections are checked as typed and stored on Enter or when the field is left. Every change is
 * one undoable step.
 */
final class DemandEntryForm extends GridPane {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final DemandViewModel model;
    private final ComboBox<String> zone;
    private final ComboBox<String> origin;
    private final ComboBox<DemandPlace> place;
    private final TextField connections = new TextField();
    private final ChoiceBox<Family> family = AnalysisControls.familyChoice("demand-family");
    private final Label problem = new Label();
    private boolean showing;

    DemandEntryForm(DemandViewModel model) {
        this.model = model;
        getStyleClass().add(AnalysisStyles.FORM);
        setId("demand-form");
        zone = chooser(new ComboBox<>(model.zones()), "demand-zone", model::setZone);
        origin = chooser(new ComboBox<>(model.origins()), "demand-origin", model::setOrigin);
        place = chooser(new ComboBox<>(model.places()), "demand-place", model::setPlace);
        place.setConverter(new StringConverter<>() {
            @Override
            public String toString(DemandPlace p) {
                return p == null ? "" : p.toString();
            }

            @Override
            public DemandPlace fromString(String text) {
                return place.getItems().stream().filter(p -> p.toString().equals(text)).findFirst().orElse(null);
            }
        });
        family.valueProperty().addListener((obs, old, now) -> edit(now, model::setFamily));
        connections.setId("demand-connections");
        connections.setTooltip(new Tooltip("Peak concurrent connections to the origin from requests landing here"));
        connections.setOnAction(e -> storeConnections());
        connections.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                storeConnections();
            }
        });
        connections.textProperty().addListener((obs, old, typed) -> {
            if (connections.isFocused()) {
                showProblem(ConnectionsText.parse(typed).isPresent() ? "" : ConnectionsText.REFUSAL);
            }
        });
        connections.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                show(model.selectedProperty().get());
                e.consume();
            }
        });
        problem.getStyleClass().add(Styles.FIELD_PROBLEM);
        problem.setWrapText(true);
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        getColumnConstraints().addAll(labels, fields);
        addRow(0, label("Zone"), zone);
        addRow(1, label("Origin"), origin);
        addRow(2, label("Place"), place);
        addRow(3, label("Connections"), connections);
        addRow(4, label("Family"), family);
        add(problem, 0, 5, 2, 1);
        for (javafx.scene.control.Control field : new javafx.scene.control.Control[] {zone, origin, place,
                connections, family}) {
            field.setMaxWidth(Double.MAX_VALUE);
            field.setMinWidth(60);
            field.setPrefWidth(60);
        }
        model.selectedProperty().addListener((obs, old, entry) -> show(entry));
        show(model.selectedProperty().get());
    }

    private <T> ComboBox<T> chooser(ComboBox<T> box, String id, BiConsumer<Integer, T> set) {
        box.setId(id);
        box.setVisibleRowCount(14);
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(Bindings.createStringBinding(() -> box.getValue() == null ? ""
                : box.getConverter() != null ? box.getConverter().toString(box.getValue())
                : String.valueOf(box.getValue()), box.valueProperty()));
        box.setTooltip(whole);
        box.valueProperty().addListener((obs, old, now) -> edit(now, set));
        return box;
    }

    private <T> void edit(T value, BiConsumer<Integer, T> set) {
        Entry entry = model.selectedProperty().get();
        if (!showing && entry != null && value != null) {
            set.accept(entry.index(), value);
        }
    }

    private void storeConnections() {
        Entry entry = model.selectedProperty().get();
        if (showing || entry == null) {
            return;
        }
        Optional<String> refused = model.setConnections(entry.index(), connections.getText());
        showProblem(refused.orElse(""));
    }

    private void showProblem(String text) {
        problem.setText(text);
        connections.pseudoClassStateChanged(INVALID, !text.isEmpty());
    }

    /** Shows an entry's values without storing anything: the fields' listeners stay quiet meanwhile. */
    private void show(Entry entry) {
        showing = true;
        try {
            setDisable(entry == null);
            zone.setValue(entry == null ? null : entry.demand().zone());
            origin.setValue(entry == null ? null : entry.demand().origin());
            place.setValue(entry == null ? null : entry.place());
            family.setValue(entry == null ? null : entry.family());
            String text = entry == null ? "" : Figures.connections(entry.demand().connections());
            if (!Objects.equals(ConnectionsText.parse(connections.getText()).orElse(null),
                    entry == null ? null : entry.demand().connections()) || !connections.isFocused()) {
                connections.setText(text);
            }
            showProblem("");
        } finally {
            showing = false;
        }
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.HINT);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }
}
