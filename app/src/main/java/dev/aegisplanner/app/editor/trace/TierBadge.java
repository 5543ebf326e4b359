package dev.aegisplanner.app.editor.trace;

import dev.aegisplanner.app.editor.theme.Styles;
import dev.aegisplanner.app.trace.TierPalette;
import dev.aegisplanner.model.engine.Tier;
import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/** The tier as a coloured badge ("SAME DATA CENTER"), in the one palette every view uses; hidden without a tier. */
public final class TierBadge extends Label {

    public TierBadge(ObservableValue<Tier> tier) {
        getStyleClass().add(Styles.TIER_BADGE);
        Tooltip tip = new Tooltip();
        setTooltip(tip);
        show(tier.getValue(), tip);
        tier.addListener((obs, old, now) -> show(now, tip));
        managedProperty().bind(visibleProperty());
    }

    private void show(Tier tier, Tooltip tip) {
        TierPalette.apply(this, tier);
        setVisible(tier != null);
        setText(tier == null ? "" : TierPalette.label(tier).toUpperCase(Locale.ROOT));
        tip.setText(tier == null ? "" : tier.name());
    }
}
