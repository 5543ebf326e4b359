package dev.aegisplanner.app.cli.export;

import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.export.DotExport;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Topology;

/** {@code --format dot}: the same diagram as Graphviz DOT. */
public final class DotFormat extends DiagramExport {

    @Override
    public String name() {
        return "dot";
    }

    @Override
    String topology(Topology topology) {
        return DotExport.topology(topology);
    }

    @Override
    String path(Topology topology, TraceResult trace, Scenario scenario) {
        return DotExport.path(topology, trace, scenario);
    }
}
