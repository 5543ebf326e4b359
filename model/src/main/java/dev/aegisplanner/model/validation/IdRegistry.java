package dev.aegisplanner.model.validation;

import java.util.HashMap;
import java.util.Map;

/**
 * Remembers the first element that used each id of one kind, and reports every later element that uses it
 * again, naming where the first one lives.
 */
final class IdRegistry {

    private final String noun;
    private final String scope;
    private final Findings findings;
    private final Map<String, String> firstHolder = new HashMap<>();

    /**
     * @param noun the kind as a sentence names it: "data center"
     * @param scope where ids must be unique: "among locations", "in the whole file"
     */
    IdRegistry(String noun, String scope, Findings findings) {
        this.noun = noun;
        this.scope = scope;
        this.findings = findings;
    }

    /**
     * @param holder where the element lives, for the message ("in location FRA"), or "" when that adds nothing
     * @return whether the id was new
     */
    boolean register(String id, String elementPointer, String holder) {
        String first = firstHolder.putIfAbsent(id, holder);
        if (first == null) {
            return true;
        }
        String where = first.isEmpty() ? "" : " " + first;
        findings.error("duplicate-id", Pointers.child(elementPointer, "id"),
                "There is already " + article(noun) + " " + noun + " " + id + where + "; " + noun + " ids must be unique " + scope);
        return false;
    }

    private static String article(String noun) {
        return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
    }
}
