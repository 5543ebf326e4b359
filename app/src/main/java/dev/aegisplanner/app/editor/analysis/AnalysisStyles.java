package dev.aegisplanner.app.editor.analysis;

import dev.aegisplanner.model.capacity.RowStatus;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;

/**
 * The style classes of the analysis views ({@code assets/styles/analysis.css}): Java sets them, the stylesheet
 * holds every colour and gap.
 */
public final class AnalysisStyles {

    public static final String ANALYSIS_PANEL = "analysis-panel";
    public static final String ANALYSIS_TABLE = "analysis-table";
    public static final String HEADLINE = "analysis-headline";
    public static final String NOTICE = "analysis-notice";
    public static final String BANNER = "analysis-banner";
    public static final String UNSERVED_CALLOUT = "unserved-callout";
    public static final String UTILIZATION_CHIP = "utilization-chip";
    public static final String UTILIZATION_BAR = "utilization-bar";
    public static final String UTILIZATION_FILL = "utilization-fill";
    public static final String LEGEND = "analysis-legend";
    public static final String LEGEND_TITLE = "legend-title";
    public static final String LEGEND_SWATCH = "legend-swatch";
    public static final String LEGEND_ROW = "legend-row";
    public static final String STRIPED = "striped";
    public static final String FORM = "analysis-form";
    public static final String TOTALS = "demand-totals";
    public static final String TIER_COUNTS = "tier-counts";

    private static final List<String> UTILIZATION_CLASSES = List.of("utilization-ok", "utilization-warn",
            "utilization-over", "utilization-unserved");

    private AnalysisStyles() {
    }

    /** {@code utilization-warn} for {@link RowStatus#WARN}: the class that gives a node the scale's colour. */
    public static String utilization(RowStatus status) {
        return "utilization-" + status.name().toLowerCase(Locale.ROOT);
    }

    public static final String UNSERVED = "utilization-unserved";

    /** Gives the node the status's colour class and takes away any other; {@code null} takes them all away. */
    public static void applyUtilization(Node node, String styleClass) {
        node.getStyleClass().removeAll(UTILIZATION_CLASSES);
        if (styleClass != null) {
            node.getStyleClass().add(styleClass);
        }
    }
}
