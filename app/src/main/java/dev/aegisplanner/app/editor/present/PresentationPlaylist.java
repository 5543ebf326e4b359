package dev.aegisplanner.app.editor.present;

import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Topology;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which scenarios presentation mode plays, in which order. Until the planner chooses, it is every scenario of
 * the document in document order; a chosen list keeps its order and skips scenarios deleted since.
 */
public final class PresentationPlaylist {

    private List<String> chosen;

    /** The scenarios to play in this topology, in order. */
    public List<Scenario> scenarios(Topology topology) {
        if (chosen == null) {
            return topology.scenarios();
        }
        Map<String, Scenario> byId = topology.scenarios().stream()
                .collect(Collectors.toMap(Scenario::id, Function.identity(), (a, b) -> a));
        return chosen.stream().filter(byId::containsKey).map(byId::get).toList();
    }

    /** Plays these scenarios, in this order, from now on. */
    public void choose(List<String> ids) {
        chosen = List.copyOf(ids);
    }

    /** Back to every scenario of the document (another document was opened). */
    public void reset() {
        chosen = null;
    }

    public boolean isChosen() {
        return chosen != null;
    }
}
