package dev.aegisplanner.app.editor.analysis;

import dev.aegisplanner.model.topology.Family;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/** Controls the analysis panels share, so they look and read alike. */
public final class AnalysisControls {

    private AnalysisControls() {
    }

    /** A small spinner shown while an analysis is being brought up to date. */
    public static ProgressIndicator busyIndicator(String id, ObservableBooleanValue busy, String explanation) {
        ProgressIndicator indicator = new ProgressIndicator();
        indicator.setId(id);
        indicator.setPrefSize(16, 16);
        indicator.setMaxSize(16, 16);
        indicator.setTooltip(new Tooltip(explanation));
        indicator.visibleProperty().bind(busy);
        return indicator;
    }

    /** IPv4 or IPv6, as planners write them. */
    public static ChoiceBox<Family> familyChoice(String id) {
        ChoiceBox<Family> family = new ChoiceBox<>();
        family.setId(id);
        family.getItems().addAll(Family.IPV4, Family.IPV6);
        family.setConverter(new StringConverter<>() {
            @Override
            public String toString(Family f) {
                return f == null ? "" : f == Family.IPV4 ? "IPv4" : "IPv6";
            }

            @Override
            public Family fromString(String text) {
                return "IPv6".equals(text) ? Family.IPV6 : Family.IPV4;
            }
        });
        return family;
    }
}
