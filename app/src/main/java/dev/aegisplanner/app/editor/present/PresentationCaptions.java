package dev.aegisplanner.app.editor.present;

import dev.aegisplanner.app.editor.theme.Styles;
import dev.aegisplanner.app.editor.trace.TierBadge;
import dev.aegisplanner.app.editor.trace.TracePanelModel;
import dev.aegisplanner.app.trace.TierPalette;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The presentation's top line: where in the list we are, the scenario's name and description; beside them the
 * tier, what it means, the egress and its address (or why the request cannot be traced).
 */
final class PresentationCaptions extends HBox {

    PresentationCaptions(PresentationModel model, TracePanelModel trace) {
        getStyleClass().add(Styles.PRESENTATION_TOP);
        setPickOnBounds(false);
        getChildren().addAll(scenario(model), outcome(trace));
    }

    private static HBox scenario(PresentationModel model) {
        Label position = label("presentation-position", Styles.PRESENTATION_POSITION);
        position.textProperty().bind(model.positionProperty());
        position.setMinWidth(Region.USE_PREF_SIZE);
        Label title = label("presentation-title", Styles.PRESENTATION_TITLE);
        title.textProperty().bind(model.titleProperty());
        // A long name wraps onto a second line rather than losing its end.
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label caption = label("presentation-caption", Styles.PRESENTATION_CAPTION);
        caption.setWrapText(true);
        caption.textProperty().bind(model.captionProperty());
        HBox card = new HBox(position, new VBox(title, caption));
        card.getStyleClass().add(Styles.PRESENTATION_CARD);
        HBox.setHgrow(card, Priority.ALWAYS);
        return card;
    }

    private static VBox outcome(TracePanelModel trace) {
        TierBadge badge = new TierBadge(trace.tierProperty());
        badge.setId("presentation-tier");
        Label headline = label("presentation-headline", Styles.TRACE_HEADLINE);
        headline.textProperty().bind(trace.headlineProperty());
        // "IPv6 egresses from the ingress server" is wider than the card on a laptop: it wraps, never cut.
        headline.setWrapText(true);
        headline.setMinHeight(Region.USE_PREF_SIZE);
        Label egress = label("presentation-egress", Styles.TRACE_EGRESS);
        egress.textProperty().bind(trace.egressProperty());
        egress.setWrapText(true);
        Label ip = label("presentation-ip", Styles.IP_CHIP);
        ip.textProperty().bind(trace.egressIpProperty());
        ip.visibleProperty().bind(trace.egressIpProperty().isNotEmpty());
        TierPalette.follow(ip, trace.tierProperty());
        Label problem = label("presentation-problem", Styles.TRACE_MESSAGE);
        problem.setWrapText(true);
        problem.textProperty().bind(trace.problemProperty());
        problem.visibleProperty().bind(trace.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox card = new VBox(badge, headline, egress, ip, problem);
        card.getStyleClass().addAll(Styles.PRESENTATION_CARD, Styles.PRESENTATION_OUTCOME);
        return card;
    }

    private static Label label(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
