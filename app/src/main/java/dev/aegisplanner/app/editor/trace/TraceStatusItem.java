package dev.aegisplanner.app.editor.trace;

import dev.aegisplanner.app.editor.theme.Styles;
import dev.aegisplanner.app.trace.TierPalette;
import dev.aegisplanner.model.engine.TraceResult;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * The trace in the status bar: a dot in the tier's colour, the tier and the egress address, so they stay in
 * view whichever panel is open. A click brings the Trace panel forward.
 */
public final class TraceStatusItem extends Label {

    public TraceStatusItem(TraceSession session, Runnable showPanel) {
        setId("status-trace");
        getStyleClass().add(Styles.STATUS_ITEM);
        Region dot = new Region();
        dot.getStyleClass().add(Styles.TIER_DOT);
        setGraphic(dot);
        setTooltip(new Tooltip("The traced request: its tier and egress address. Click for the Trace panel."));
        setOnMouseClicked(e -> showPanel.run());
        show(session.traceProperty().get(), dot);
        session.traceProperty().addListener((obs, old, now) -> show(now, dot));
        managedProperty().bind(visibleProperty());
    }

    private void show(TraceResult trace, Region dot) {
        setVisible(trace != null);
        TierPalette.apply(dot, trace == null ? null : trace.tier());
        if (trace != null) {
            String ip = trace.egress() == null ? "no egress" : trace.egress().ip() == null ? "shared address"
                    : trace.egress().ip();
            setText(TierPalette.label(trace.tier()) + " \u00b7 " + ip);
        }
    }
}
