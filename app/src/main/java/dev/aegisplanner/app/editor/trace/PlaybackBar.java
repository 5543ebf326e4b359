package dev.aegisplanner.app.editor.trace;

import dev.aegisplanner.app.editor.actions.Controls;
import dev.aegisplanner.app.editor.theme.Icons;
import dev.aegisplanner.app.editor.theme.Styles;
import dev.aegisplanner.app.trace.TracePlayback;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * Restart, step back, play or pause, step forward, and the speed. The slider moves in doublings (¼× to 8×) so
 * normal speed sits in the middle and each notch feels the same.
 */
final class PlaybackBar extends HBox {

    PlaybackBar(TracePanelModel model, TraceActions actions) {
        getStyleClass().add(Styles.PANEL_TOOLBAR);
        TracePlayback playback = model.playback();
        Button play = Controls.toolButton(actions.playPause);
        play.getStyleClass().add(Styles.PLAY_BUTTON);
        FontIcon playIcon = Icons.of(MaterialDesignP.PLAY);
        FontIcon pauseIcon = Icons.of(MaterialDesignP.PAUSE);
        play.graphicProperty().bind(javafx.beans.binding.Bindings.when(playback.playingProperty())
                .then((javafx.scene.Node) pauseIcon).otherwise(playIcon));

        Slider speed = new Slider(log2(TracePlayback.MIN_SPEED), log2(TracePlayback.MAX_SPEED), 0);
        speed.setId("trace-speed");
        speed.getStyleClass().add(Styles.SPEED_SLIDER);
        speed.setMajorTickUnit(1);
        speed.setMinorTickCount(0);
        speed.setSnapToTicks(false);
        speed.setTooltip(new Tooltip("Playback speed"));
        speed.setValue(log2(playback.speedProperty().get()));
        speed.valueProperty().addListener((obs, old, now) -> playback.speedProperty().set(Math.pow(2, now.doubleValue())));
        playback.speedProperty().addListener((obs, old, now) -> {
            if (Math.abs(log2(now.doubleValue()) - speed.getValue()) > 1e-6) {
                speed.setValue(log2(now.doubleValue()));
            }
        });
        Label speedText = new Label(null, Icons.of(MaterialDesignS.SPEEDOMETER));
        speedText.setId("trace-speed-text");
        speedText.getStyleClass().add(Styles.SPEED_TEXT);
        speedText.textProperty().bind(model.speedProperty());

        getChildren().addAll(Controls.toolButton(actions.restart), Controls.toolButton(actions.stepBack), play,
                Controls.toolButton(actions.stepForward), speed, speedText);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
