package dev.aegisplanner.model.edit;

import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Topology;

/** The topology after adding an element, and the element added (the editor selects it). */
public record Added(Topology topology, ElementRef ref) {
}
