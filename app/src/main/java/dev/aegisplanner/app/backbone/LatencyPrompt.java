package dev.aegisplanner.app.backbone;

import java.util.OptionalDouble;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** Asks the planner for a link latency. The view uses a dialog; tests answer directly. */
@FunctionalInterface
public interface LatencyPrompt {

    /**
     * @param owner the window to centre the question on; may be {@code null}
     * @param question e.g. "Latency of the link FRA \u2013 AMS"
     * @param initial the value to start from, in milliseconds
     * @return the latency, or empty when the planner cancels
     */
    OptionalDouble ask(Window owner, String question, double initial);

    /** A small dialog with a text field that accepts only a latency of zero or more milliseconds. */
    LatencyPrompt DIALOG = (owner, question, initial) -> {
        TextInputDialog dialog = new TextInputDialog(Latency.format(initial));
        dialog.initOwner(owner);
        dialog.setTitle("Backbone link");
        dialog.setHeaderText(question);
        dialog.setContentText("Latency (ms):");
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> Latency.parse(dialog.getEditor().getText()).isEmpty(), dialog.getEditor().textProperty()));
        return dialog.showAndWait().map(Latency::parse).orElse(OptionalDouble.empty());
    };
}
