package dev.aegisplanner.app.editor.analysis;

import dev.aegisplanner.app.editor.theme.Icons;
import dev.aegisplanner.app.editor.theme.Styles;
import dev.aegisplanner.app.map.MapHeat;
import dev.aegisplanner.app.render.Shading;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * Which analysis colours the drawing and the map, if any, and its legend over them. Showing the Coverage or
 * Capacity panel turns its colouring on; it stays on while the planner works in other panels, until the legend's
 * close button (or View, Plain Drawing) turns it off. One colouring at a time: two would only mix.
 */
public final class AnalysisOverlay {

    /** What colours the drawing. */
    public enum Colouring { NONE, COVERAGE, CAPACITY }

    /** An analysis view's colours for the drawing and the map, and its legend. */
    public record Source(ObservableValue<Shading> shading, ObservableValue<MapHeat> heat, Node legend) {
    }

    private final ObjectProperty<Colouring> colouring = new SimpleObjectProperty<>(Colouring.NONE);
    private final Source coverage;
    private final Source capacity;
    private final Consumer<Shading> drawing;
    private final Consumer<MapHeat> map;
    private final StackPane legend = new StackPane();
    private final BooleanProperty folded = new SimpleBooleanProperty(false);

    public AnalysisOverlay(Source coverage, Source capacity, Consumer<Shading> drawing, Consumer<MapHeat> map) {
        this.coverage = coverage;
        this.capacity = capacity;
        this.drawing = drawing;
        this.map = map;
        legend.setId("analysis-legend");
        legend.getStyleClass().add(AnalysisStyles.LEGEND);
        legend.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        legend.setPickOnBounds(false);
        Button close = new Button(null, Icons.of(MaterialDesignC.CLOSE));
        close.setId("analysis-legend-close");
        close.getStyleClass().add(Styles.FLAT_BUTTON);
        close.setTooltip(new Tooltip("Plain drawing: no analysis colours"));
        close.setOnAction(e -> colouring.set(Colouring.NONE));
        Button fold = new Button(null, Icons.of(MaterialDesignC.CHEVRON_UP));
        fold.setId("analysis-legend-fold");
        fold.getStyleClass().add(Styles.FLAT_BUTTON);
        fold.setTooltip(new Tooltip("Fold the legend away; the colours stay"));
        fold.setOnAction(e -> folded.set(true));
        HBox buttons = new HBox(fold, close);
        buttons.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(buttons, Pos.TOP_RIGHT);
        Button unfold = new Button(null, Icons.of(MaterialDesignC.CHEVRON_DOWN));
        unfold.setId("analysis-legend-unfold");
        unfold.getStyleClass().add(Styles.FLAT_BUTTON);
        unfold.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        unfold.setOnAction(e -> folded.set(false));
        Runnable show = () -> {
            Colouring now = colouring.get();
            unfold.setText(now == Colouring.COVERAGE ? "Coverage legend" : "Capacity legend");
            legend.getChildren().setAll(now == Colouring.NONE ? new Node[0]
                    : folded.get() ? new Node[] {unfold} : new Node[] {source(now).legend(), buttons});
        };
        folded.addListener((obs, old, now) -> show.run());
        colouring.addListener((obs, old, now) -> {
            show.run();
            apply();
        });
        for (Source source : new Source[] {coverage, capacity}) {
            source.shading().addListener((obs, old, now) -> apply());
            source.heat().addListener((obs, old, now) -> apply());
        }
        legend.visibleProperty().bind(colouring.isNotEqualTo(Colouring.NONE));
    }

    private Source source(Colouring which) {
        return which == Colouring.COVERAGE ? coverage : capacity;
    }

    private void apply() {
        Colouring now = colouring.get();
        drawing.accept(now == Colouring.NONE ? Shading.NONE : source(now).shading().getValue());
        map.accept(now == Colouring.NONE ? MapHeat.NONE : source(now).heat().getValue());
    }

    public ObjectProperty<Colouring> colouringProperty() {
        return colouring;
    }

    /** The legend of the colouring shown, with its close button; laid over the centre views by the window. */
    public Region legend() {
        return legend;
    }
}
