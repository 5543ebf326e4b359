package dev.aegisplanner.model.validation;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The ids of one kind of element: remembers the first element that used each id, reports every later
 * element that uses it again (naming where the first one lives), and answers whether an id exists.
 */
final class IdRegistry implements KnownIds {

    private final String noun;
    private final String scope;
    private final String holderNoun;
    private final Findings findings;
    /** Id to the id of the element that holds the first element with it, or "" when there is no holder. */
    private final Map<String, String> firstHolder;

    /**
     * @param noun the kind as a sentence names it: "data center"
     * @param scope where ids must be unique: "among locations", "in the whole file"
     * @param holderNoun what holds elements of this kind ("location" for data centers), or {@code null}
     */
    IdRegistry(String noun, String scope, String holderNoun, Findings findings) {
        this(noun, scope, holderNoun, 16, findings);
    }

    /** @param expected how many ids will be registered: the table is made that large at once, not grown */
    IdRegistry(String noun, String scope, String holderNoun, int expected, Findings findings) {
        this.noun = noun;
        this.scope = scope;
        this.holderNoun = holderNoun;
        this.findings = findings;
        this.firstHolder = new HashMap<>(Math.max(16, (int) (expected / 0.75f) + 1));
    }

    /**
     * Registers an element's id, or reports that another element has it already.
     *
     * @param holderId the id of the element that holds this one, or "" when it has no holder
     * @param elementPointer the element's pointer, worked out only for a duplicate
     * @return whether the id was new
     */
    boolean register(String id, String holderId, Supplier<String> elementPointer) {
        if (add(id, holderId)) {
            return true;
        }
        duplicate(id, elementPointer.get());
        return false;
    }

    /** Registers an id; {@code false} when another element has it, which the caller then reports ({@link #duplicate}). */
    boolean add(String id, String holderId) {
        return firstHolder.putIfAbsent(id, holderId) == null;
    }

    /** Reports an element whose id another element has already. */
    void duplicate(String id, String elementPointer) {
        String first = firstHolder.get(id);
        String where = holderNoun == null ? "" : " in " + holderNoun + " " + first;
        findings.error("duplicate-id", Pointers.child(elementPointer, "id"), "There is already "
                + article(noun) + " " + noun + " " + id + where + "; " + noun + " ids must be unique " + scope);
    }

    @Override
    public boolean contains(String id) {
        return firstHolder.containsKey(id);
    }

    private static String article(String noun) {
        return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
    }
}
