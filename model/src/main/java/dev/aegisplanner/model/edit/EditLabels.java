package dev.aegisplanner.model.edit;

import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import java.util.Collection;

/** How edits are named in the Edit menu: "Move 3 servers", "Delete 1 data center", "Paste 4 elements". */
public final class EditLabels {

    private EditLabels() {
    }

    public static String count(Collection<ElementRef> refs) {
        long kinds = refs.stream().map(ElementRef::kind).distinct().count();
        int n = refs.size();
        if (kinds == 1) {
            ElementKind kind = refs.iterator().next().kind();
            return n + " " + kind.noun() + (n == 1 ? "" : "s");
        }
        return n + (n == 1 ? " element" : " elements");
    }
}
