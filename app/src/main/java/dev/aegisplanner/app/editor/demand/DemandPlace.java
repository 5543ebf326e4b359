package dev.aegisplanner.app.editor.demand;

import dev.aegisplanner.model.topology.Demand;
import dev.aegisplanner.model.topology.ElementKind;
import java.util.Objects;

/** Where a demand entry lands: a location or a data center, as the place chooser offers it. */
public record DemandPlace(ElementKind kind, String id) {

    public DemandPlace {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    /** The entry's place; {@code null} for an entry that names neither (or both: validation says which). */
    static DemandPlace of(Demand entry) {
        if (entry.location() != null && entry.dataCenter() == null) {
            return new DemandPlace(ElementKind.LOCATION, entry.location());
        }
        return entry.dataCenter() != null && entry.location() == null
                ? new DemandPlace(ElementKind.DATA_CENTER, entry.dataCenter()) : null;
    }

    boolean isLocation() {
        return kind == ElementKind.LOCATION;
    }

    /** "FRA", "FRA-1 (data center)": a location entry is the common case, so it goes without a word. */
    @Override
    public String toString() {
        return isLocation() ? id : id + " (data center)";
    }
}
