package dev.aegisplanner.app.editor.present;

import dev.aegisplanner.app.editor.theme.Icons;
import dev.aegisplanner.app.editor.theme.Styles;
import dev.aegisplanner.app.editor.trace.HopIcons;
import dev.aegisplanner.app.editor.trace.TraceEvent;
import dev.aegisplanner.app.trace.PlaybackStep;
import dev.aegisplanner.app.trace.TracePlayback;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The path as a row of stations along the bottom of the presentation: each hop with its icon, kind and
 * element, lit once the packet has reached it, the one it is at marked; the link to the next hop fills as the
 * packet travels it, in the tier's colour.
 */
final class HopStrip extends HBox {

    private final TracePlayback playback;
    private final List<VBox> stations = new ArrayList<>();
    /** How much of each link the packet has travelled, 0 to 1. */
    private final List<DoubleProperty> travelled = new ArrayList<>();

    HopStrip(TracePlayback playback) {
        this.playback = playback;
        getStyleClass().add(Styles.HOP_STRIP);
        setAlignment(Pos.CENTER);
        playback.steps().addListener((ListChangeListener<PlaybackStep>) change -> rebuild());
        // The station the packet is at changes after the position that brings it there: follow both, so the
        // strip never lags a hop behind the packet (at the end of a path the position stops changing).
        playback.positionProperty().addListener((obs, old, now) -> mark());
        playback.currentStepProperty().addListener((obs, old, now) -> mark());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        stations.clear();
        travelled.clear();
        for (PlaybackStep step : playback.steps()) {
            if (step.index() > 0) {
                Region fill = new Region();
                fill.getStyleClass().add(Styles.HOP_LINK_FILL);
                HBox link = new HBox(fill);
                link.getStyleClass().add(Styles.HOP_LINK);
                link.setAlignment(Pos.CENTER_LEFT);
                DoubleProperty done = new SimpleDoubleProperty();
                fill.prefWidthProperty().bind(link.widthProperty().multiply(done));
                fill.setMinWidth(0);
                travelled.add(done);
                getChildren().add(link);
            }
            Label kind = new Label(TraceEvent.type(step.hop().kind()), Icons.of(HopIcons.of(step.hop().kind())));
            kind.getStyleClass().add(Styles.ROW_TITLE);
            Label element = new Label(step.hop().elementId() == null ? "" : step.hop().elementId());
            element.getStyleClass().add(Styles.DETAIL);
            VBox station = new VBox(kind, element);
            station.getStyleClass().add(Styles.HOP_STATION);
            station.setAlignment(Pos.CENTER);
            stations.add(station);
            getChildren().add(station);
        }
        mark();
    }

    private void mark() {
        double at = playback.positionProperty().get();
        int current = playback.currentStepProperty().get();
        for (int k = 0; k < stations.size(); k++) {
            stations.get(k).pseudoClassStateChanged(Styles.REACHED, k <= current);
            stations.get(k).pseudoClassStateChanged(Styles.CURRENT, k == current);
        }
        for (int k = 0; k < travelled.size(); k++) {
            travelled.get(k).set(Math.max(0, Math.min(1, at - k)));
        }
    }
}
