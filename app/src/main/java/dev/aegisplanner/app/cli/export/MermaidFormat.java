package dev.aegisplanner.app.cli.export;

import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.export.MermaidExport;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Topology;

/** {@code --format mermaid}: a Mermaid flowchart in the style of the documentation's diagrams. */
public final class MermaidFormat extends DiagramExport {

    @Override
    public String name() {
        return "mermaid";
    }

    @Override
    String topology(Topology topology) {
        return MermaidExport.topology(topology);
    }

    @Override
    String path(Topology topology, TraceResult trace, Scenario scenario) {
        return MermaidExport.path(topology, trace, scenario);
    }
}
