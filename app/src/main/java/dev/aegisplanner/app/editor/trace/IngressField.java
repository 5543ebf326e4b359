package dev.aegisplanner.app.editor.trace;

import javafx.css.PseudoClass;
import javafx.scene.Parent;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/**
 * The ingress server of a request by hand: typed, with the ids that match offered as one types (ControlsFX
 * auto-completion, asked off the JavaFX thread), so a topology of 100,000 servers never fills a list of choices.
 * Enter, leaving the field or picking a suggestion takes the id when the topology has such a server; anything
 * else is marked and explained, and the request keeps what it had.
 */
final class IngressField extends TextField {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final int SUGGESTIONS = 40;

    private final TraceRequestModel model;
    private final Tooltip help = new Tooltip("Type a server id; matching servers are offered as you type");

    IngressField(TraceRequestModel model) {
        this.model = model;
        setId("trace-ingress");
        setPromptText("Server id");
        setTooltip(help);
        AutoCompletionBinding<String> completion = TextFields.bindAutoCompletion(this,
                request -> model.ingressSuggestions(request.getUserText(), SUGGESTIONS));
        completion.setOnAutoCompleted(e -> commit());
        // The suggestions come with ControlsFX's own stylesheet (Modena colours); the editor's, after it, wins.
        completion.getAutoCompletionPopup().setOnShown(e -> {
            if (completion.getAutoCompletionPopup().getSkin().getNode() instanceof Parent list && getScene() != null
                    && !list.getStylesheets().containsAll(getScene().getStylesheets())) {
                list.getStylesheets().addAll(getScene().getStylesheets());
            }
        });
        setOnAction(e -> commit());
        focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit();
            }
        });
        show(model.ingressProperty().get());
        model.ingressProperty().addListener((obs, old, now) -> show(now));
        // A scenario picked with the ingress already in place still replaces a draft typed here.
        model.scenarioProperty().addListener((obs, old, now) -> show(model.ingressProperty().get()));
    }

    private void show(String ingress) {
        setText(ingress == null ? "" : ingress);
        mark("");
    }

    private void commit() {
        String typed = getText() == null ? "" : getText().strip();
        if (typed.isEmpty()) {
            model.ingressProperty().set(null);
            mark("");
        } else if (model.isServer(typed)) {
            model.ingressProperty().set(typed);
            mark("");
        } else {
            mark("There is no server " + typed);
        }
    }

    private void mark(String problem) {
        pseudoClassStateChanged(INVALID, !problem.isEmpty());
        help.setText(problem.isEmpty() ? "Type a server id; matching servers are offered as you type" : problem);
    }
}
