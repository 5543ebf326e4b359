package dev.aegisplanner.app.render;

import dev.aegisplanner.model.engine.ForwardingEngine;
import dev.aegisplanner.model.engine.Request;
import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.io.TopologyReader;
import dev.aegisplanner.model.topology.Topology;
import java.nio.file.Path;

/** The shipped samples and their scenarios' traces, for drawing tests. */
public final class Samples {

    private Samples() {
    }

    /** A sample from {@code samples/} (tests run in {@code app/}). */
    public static Topology read(String name) {
        return TopologyReader.read(Path.of("..", "samples", name)).topology();
    }

    public static TraceResult trace(Topology topology, String scenarioId) {
        return new ForwardingEngine(topology).trace(Request.of(topology.scenario(scenarioId).orElseThrow()));
    }
}
