package dev.aegisplanner.model.edit;

import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Topology;
import java.util.List;

/**
 * The topology after a paste or duplicate, and the new elements (the editor selects them). When nothing
 * could be pasted, {@code topology} is the same instance as before and {@code pasted} is empty.
 */
public record Pasted(Topology topology, List<ElementRef> pasted) {

    public Pasted {
        pasted = List.copyOf(pasted);
    }
}
