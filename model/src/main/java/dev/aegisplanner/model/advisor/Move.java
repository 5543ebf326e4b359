package dev.aegisplanner.model.advisor;

import java.util.List;

/**
 * What a suggestion changes for one address: the locations holding it before and after. An address new to the
 * pool has none before; one that leaves the pool has none after.
 */
public record Move(String address, List<String> before, List<String> after) {

    public Move {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    public boolean changes() {
        return !before.equals(after);
    }
}
