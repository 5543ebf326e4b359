package dev.aegisplanner.app.editor.trace;

import dev.aegisplanner.app.editor.problems.ProblemRow;
import dev.aegisplanner.app.editor.theme.Icons;
import dev.aegisplanner.app.editor.PanelSizes;
import dev.aegisplanner.app.editor.theme.Styles;
import dev.aegisplanner.app.editor.trace.TracePanelModel.Body;
import dev.aegisplanner.app.trace.TierPalette;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The Trace panel. Along the top, the playback controls with the tier and the egress always beside them, and
 * the call-out of the last edit under them; below, three columns: the request, the event list, and the
 * cascade's checks lighting up.
 */
public final class TracePanelView extends VBox {

    /** Wide enough for the request's fields to show a scenario's name and a server's id. */
    private static final double FORM_WIDTH = 340;
    /** The most of a narrow dock the request takes: at 1280 x 800 a scenario's name wraps onto two lines. */
    private static final double FORM_SHARE = 0.36;
    /** The hops' share of what the request leaves; the checks, whose reasons wrap, take the rest. */
    private static final double HOPS_SHARE = 0.5;

    /** @param goTo shows the element an error that blocks the trace is about, as the Problems panel does */
    public TracePanelView(TracePanelModel model, TraceRequestModel request, TraceActions actions,
                          Consumer<ProblemRow> goTo) {
        setId("trace-panel");
        getStyleClass().add(Styles.TRACE_PANEL);
        ScrollPane form = new ScrollPane(new TraceRequestForm(request, actions));
        form.setFitToWidth(true);
        form.setMaxWidth(Double.MAX_VALUE);
        form.getStyleClass().add(Styles.TRACE_FORM_SCROLL);
        SplitPane columns = new SplitPane(form, trace(model, goTo), checks(model));
        columns.setDividerPositions(0.25, 0.63);
        columns.getStyleClass().add(Styles.TRACE_BODY);
        SplitPane.setResizableWithParent(columns.getItems().get(0), false);
        // The request keeps the room its fields need; the hops and the checks share the rest.
        PanelSizes.keep(() -> {
            double width = columns.getWidth();
            if (width > 0) {
                double formWidth = Math.min(FORM_WIDTH, width * FORM_SHARE);
                columns.setDividerPositions(formWidth / width, (formWidth + (width - formWidth) * HOPS_SHARE) / width);
            }
        }, new javafx.beans.value.ObservableValue<?>[] {columns.widthProperty()}, columns);
        VBox.setVgrow(columns, Priority.ALWAYS);
        getChildren().addAll(strip(model, actions), callout(model), columns);
    }

    private static Node strip(TracePanelModel model, TraceActions actions) {
        TierBadge badge = new TierBadge(model.tierProperty());
        badge.setId("trace-tier");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip headline = new Tooltip();
        headline.textProperty().bind(model.headlineProperty());
        badge.setTooltip(headline);
        Label egress = bound(new Label(), "trace-egress", Styles.TRACE_EGRESS);
        egress.textProperty().bind(model.egressProperty());
        egress.setMinWidth(0);
        Label ip = bound(new Label(), "trace-egress-ip", Styles.IP_CHIP);
        ip.textProperty().bind(model.egressIpProperty());
        ip.visibleProperty().bind(model.egressIpProperty().isNotEmpty());
        ip.managedProperty().bind(ip.visibleProperty());
        ip.setMinWidth(Region.USE_PREF_SIZE);
        ip.setTooltip(new Tooltip("The address the origin sees"));
        TierPalette.follow(ip, model.tierProperty());
        ProgressIndicator computing = new ProgressIndicator();
        computing.setMaxSize(16, 16);
        computing.visibleProperty().bind(model.session().computingProperty());
        computing.managedProperty().bind(computing.visibleProperty());
        HBox outcome = new HBox(badge, egress, ip, computing);
        outcome.getStyleClass().add(Styles.INPUT_ROW);

        Label reason = bound(new Label(), "trace-reason", Styles.TRACE_REASON);
        reason.textProperty().bind(model.reasonProperty());
        reason.graphicProperty().bind(Bindings.createObjectBinding(() -> model.reasonPassedProperty().get() == null
                ? null : model.reasonPassedProperty().get() ? Icons.of(MaterialDesignC.CHECK_CIRCLE, Styles.SUCCESS)
                : Icons.of(MaterialDesignC.CLOSE_CIRCLE, Styles.ERROR), model.reasonPassedProperty()));
        reason.setMinWidth(0);
        // The deciding check's reason (why NO_EGRESS, say) is read in full, on two lines when it must.
        reason.setWrapText(true);
        reason.setMaxWidth(Double.MAX_VALUE);
        reason.setTooltip(new Tooltip());
        reason.getTooltip().textProperty().bind(model.reasonProperty());
        VBox summary = new VBox(outcome, reason);
        summary.getStyleClass().add(Styles.TRACE_OUTCOME);
        summary.visibleProperty().bind(model.tierProperty().isNotNull());
        summary.setMinWidth(0);
        HBox.setHgrow(summary, Priority.ALWAYS);
        HBox strip = new HBox(new PlaybackBar(model, actions), new Separator(Orientation.VERTICAL), summary);
        strip.getStyleClass().add(Styles.TRACE_SUMMARY);
        // The columns below give up height first: the tier and its reason are what the panel is read for.
        strip.setMinHeight(Region.USE_PREF_SIZE);
        return strip;
    }

    private static Node callout(TracePanelModel model) {
        Label text = bound(new Label(null, Icons.of(MaterialDesignS.SIGN_DIRECTION)), "trace-callout", null);
        text.textProperty().bind(model.calloutProperty());
        text.setWrapText(true);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button dismiss = new Button(null, Icons.of(MaterialDesignC.CLOSE));
        dismiss.getStyleClass().add(Styles.FLAT_BUTTON);
        dismiss.setTooltip(new Tooltip("Dismiss"));
        dismiss.setOnAction(e -> model.dismissCallout());
        HBox box = new HBox(text, dismiss);
        box.getStyleClass().add(Styles.CALLOUT);
        box.visibleProperty().bind(model.calloutProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** The event list, or why there is none. */
    private static Node trace(TracePanelModel model, Consumer<ProblemRow> goTo) {
        TraceEventTable events = new TraceEventTable(model);
        Label problem = bound(new Label(null, Icons.of(MaterialDesignA.ALERT_CIRCLE_OUTLINE, Styles.ERROR)),
                "trace-problem", Styles.TRACE_MESSAGE);
        problem.textProperty().bind(Bindings.concat("Cannot trace this request: ", model.problemProperty()));
        problem.setWrapText(true);
        Label hint = bound(new Label(TracePanelModel.HINT, Icons.of(MaterialDesignS.SIGN_DIRECTION)), "trace-hint",
                Styles.TRACE_MESSAGE);
        hint.setWrapText(true);
        TraceBlockersView blockers = new TraceBlockersView(model, goTo);
        events.visibleProperty().bind(model.bodyProperty().isEqualTo(Body.TRACE));
        problem.visibleProperty().bind(model.bodyProperty().isEqualTo(Body.PROBLEM));
        blockers.visibleProperty().bind(model.bodyProperty().isEqualTo(Body.BLOCKED));
        hint.visibleProperty().bind(model.bodyProperty().isEqualTo(Body.NOTHING));
        return new StackPane(events, problem, blockers, hint);
    }

    private static Node checks(TracePanelModel model) {
        Label title = new Label("Checks");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        Label progress = bound(new Label(), "trace-checks-progress", Styles.HINT);
        progress.textProperty().bind(model.checksProgressProperty());
        HBox header = new HBox(title, progress);
        header.getStyleClass().add(Styles.PANEL_TOOLBAR);
        TraceChecksList checks = new TraceChecksList(model);
        VBox.setVgrow(checks, Priority.ALWAYS);
        VBox column = new VBox(header, checks);
        column.getStyleClass().add(Styles.TRACE_CHECKS_COLUMN);
        return column;
    }

    private static Label bound(Label label, String id, String styleClass) {
        label.setId(id);
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        return label;
    }
}
