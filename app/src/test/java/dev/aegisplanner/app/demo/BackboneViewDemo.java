package dev.aegisplanner.app.demo;

import dev.aegisplanner.app.backbone.BackboneView;
import dev.aegisplanner.model.topology.Topology;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Throwaway window to look at the backbone graph: {@code DemoMain BackboneViewDemo}. */
public class BackboneViewDemo extends Application {

    @Override
    public void start(Stage stage) {
        Topology world = DemoTopologies.world();
        BackboneView view = new BackboneView();
        view.setTopology(world);
        view.setTrace(DemoTopologies.saoPauloToLosAngeles(world));
        stage.setScene(new Scene(view, 1000, 700));
        stage.setX(0);
        stage.setY(0);
        stage.setOnCloseRequest(e -> view.dispose());
        stage.show();
    }
}
