package dev.aegisplanner.app.editor.trace;

import dev.aegisplanner.app.editor.theme.Styles;
import dev.aegisplanner.app.trace.TierPalette;
import dev.aegisplanner.model.engine.Tier;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The cascade's tiers in the order it tries them, each in its colour, the one reached filled: the legend of
 * the tier colours and, at a glance, how far down the cascade the request went.
 */
public final class TierLadder extends HBox {

    private final Map<Tier, Label> steps = new EnumMap<>(Tier.class);

    public TierLadder(ObservableValue<Tier> reached) {
        getStyleClass().add(Styles.TIER_LADDER);
        for (Tier tier : Tier.values()) {
            Region dot = new Region();
            dot.getStyleClass().addAll(Styles.TIER_DOT, TierPalette.styleClass(tier));
            Label step = new Label(TierPalette.label(tier), dot);
            step.getStyleClass().addAll(Styles.TIER_STEP, TierPalette.styleClass(tier));
            step.setTooltip(new Tooltip(tier.name()));
            step.setMinWidth(Region.USE_PREF_SIZE);
            steps.put(tier, step);
            getChildren().add(step);
        }
        show(reached.getValue());
        reached.addListener((obs, old, now) -> show(now));
    }

    private void show(Tier reached) {
        steps.forEach((tier, step) -> step.pseudoClassStateChanged(Styles.CURRENT, tier == reached));
    }
}
