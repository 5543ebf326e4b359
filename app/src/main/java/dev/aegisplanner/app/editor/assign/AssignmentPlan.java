package dev.aegisplanner.app.editor.assign;

import dev.aegisplanner.model.text.Counts;
import java.util.List;

/** Addresses about to be assigned to servers, with the words the Edit menu and the status bar use for it. */
public record AssignmentPlan(List<String> addresses, List<String> servers) {

    public AssignmentPlan {
        addresses = List.copyOf(addresses);
        servers = List.copyOf(servers);
    }

    /** "Assign 192.0.2.10 to 4 servers", "Assign 3 addresses to fra1-s1". */
    public String label() {
        return "Assign " + describe(addresses, "address", "addresses") + " to " + describe(servers, "server", "servers");
    }

    private static String describe(List<String> items, String one, String many) {
        return items.size() == 1 ? items.get(0) : Counts.number(items.size()) + " " + many;
    }
}
