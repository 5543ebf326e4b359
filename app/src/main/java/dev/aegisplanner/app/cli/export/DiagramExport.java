package dev.aegisplanner.app.cli.export;

import dev.aegisplanner.model.engine.ForwardingEngine;
import dev.aegisplanner.model.engine.Request;
import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Topology;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A text diagram: the whole topology, or with {@code --scenario} the path the engine computes for it. The
 * Mermaid and DOT formats differ only in which model exporter writes the text.
 */
abstract class DiagramExport implements ExportFormat {

    @Override
    public final boolean drawsScenario() {
        return true;
    }

    @Override
    public final void write(Topology topology, Scenario scenario, OutputStream out) throws IOException {
        String text = scenario == null ? topology(topology)
                : path(topology, new ForwardingEngine(topology).trace(Request.of(scenario)), scenario);
        out.write(text.getBytes(StandardCharsets.UTF_8));
        if (!text.endsWith("\n")) {
            out.write('\n');
        }
    }

    abstract String topology(Topology topology);

    abstract String path(Topology topology, TraceResult trace, Scenario scenario);
}
