package dev.aegisplanner.app.demo;

import java.util.Arrays;
import javafx.application.Application;

/**
 * Starts a demo window from the class path (a main class that is itself an Application needs JavaFX on the
 * module path): {@code DemoMain MapViewDemo args...}.
 */
public final class DemoMain {

    private DemoMain() {
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws ClassNotFoundException {
        Class<?> demo = Class.forName(DemoMain.class.getPackageName() + "." + args[0]);
        Application.launch((Class<? extends Application>) demo, Arrays.copyOfRange(args, 1, args.length));
    }
}
