package dev.aegisplanner.model.io;

import java.util.function.Supplier;

/**
 * An object of the file as a sentence names it: "server fra1-s1", "a server in data center FRA-1", "the
 * topology". Worded only when a problem is shown, by which time every id has been read, wherever in its
 * object the id was written.
 */
final class Subject implements Supplier<String> {

    private final String noun;
    private final Subject holder;
    private final Supplier<String> words;
    private String id;

    private Subject(String noun, Subject holder, Supplier<String> words) {
        this.noun = noun;
        this.holder = holder;
        this.words = words;
    }

    /** An element with an id, inside {@code holder} (or {@code null}): "data center FRA-1". */
    static Subject element(String noun, Subject holder) {
        return new Subject(noun, holder, null);
    }

    /** Something named by its place rather than an id: "the topology", "the layout of FRA". */
    static Subject of(Supplier<String> words) {
        return new Subject(null, null, words);
    }

    String noun() {
        return noun;
    }

    String id() {
        return id;
    }

    void id(String value) {
        id = value;
    }

    @Override
    public String get() {
        if (words != null) {
            return words.get();
        }
        return id != null ? noun + " " + id : "a " + noun + where();
    }

    /** " in location FRA", " in a location without an id", or "" for an element that nothing holds. */
    String where() {
        if (holder == null) {
            return "";
        }
        return holder.id == null ? " in a " + holder.noun + " without an id" : " in " + holder.noun + " " + holder.id;
    }
}
