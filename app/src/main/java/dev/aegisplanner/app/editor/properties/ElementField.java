package dev.aegisplanner.app.editor.properties;

import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Topology;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One editable property of an element, independent of any control: how to read it as text, why a text is
 * not acceptable, and the edit that stores it. Choice fields also list their values.
 */
public final class ElementField {

    private final String name;
    private final String category;
    private final String description;
    private final Function<Topology, String> read;
    private final Function<Topology, List<String>> choices;
    private final BiFunction<Topology, String, Optional<String>> check;
    private final BiFunction<Topology, String, Topology> apply;
    private final Function<String, ElementRef> renamedTo;
    private final String subject;
    private final String prompt;

    private ElementField(Builder b) {
        this.name = b.name;
        this.category = b.category;
        this.description = b.description;
        this.read = Objects.requireNonNull(b.read, "read");
        this.choices = b.choices;
        this.check = b.check;
        this.apply = b.apply;
        this.renamedTo = b.renamedTo;
        this.subject = b.subject;
        this.prompt = b.prompt;
    }

    public static Builder named(String name, String category) {
        return new Builder(name, category);
    }

    public String name() {
        return name;
    }

    public String category() {
        return category;
    }

    public String description() {
        return description;
    }

    /** Shown greyed in an empty field: what empty means. */
    public String prompt() {
        return prompt;
    }

    public boolean isEditable() {
        return apply != null;
    }

    public boolean isChoice() {
        return choices != null;
    }

    public String read(Topology topology) {
        String value = read.apply(topology);
        return value == null ? "" : value;
    }

    public List<String> choices(Topology topology) {
        return choices == null ? List.of() : choices.apply(topology);
    }

    /** Why {@code text} cannot be stored, or empty when it can. */
    public Optional<String> problem(Topology topology, String text) {
        return check == null ? Optional.empty() : check.apply(topology, text);
    }

    /** The edit; only called with text that has no problem. */
    public Topology apply(Topology topology, String text) {
        return apply.apply(topology, text);
    }

    /** The element's reference after storing {@code text}, when the field is (part of) its id. */
    public Optional<ElementRef> renamedTo(String text) {
        return renamedTo == null ? Optional.empty() : Optional.of(renamedTo.apply(text));
    }

    /** What the Edit menu says after "Undo": "Set latitude of FRA". */
    public String editLabel() {
        return "Set " + name.toLowerCase(java.util.Locale.ROOT) + " of " + subject;
    }

    /** Builds fields; a field without {@link #applies} is shown read-only. */
    public static final class Builder {
        private final String name;
        private final String category;
        private String description = "";
        private Function<Topology, String> read;
        private Function<Topology, List<String>> choices;
        private BiFunction<Topology, String, Optional<String>> check;
        private BiFunction<Topology, String, Topology> apply;
        private Function<String, ElementRef> renamedTo;
        private String subject = "";
        private String prompt = "";

        private Builder(String name, String category) {
            this.name = name;
            this.category = category;
        }

        public Builder describedAs(String text) {
            this.description = text;
            return this;
        }

        public Builder prompt(String text) {
            this.prompt = text;
            return this;
        }

        public Builder reads(Function<Topology, String> reader) {
            this.read = reader;
            return this;
        }

        public Builder choices(Function<Topology, List<String>> values) {
            this.choices = values;
            return this;
        }

        public Builder checks(BiFunction<Topology, String, Optional<String>> checker) {
            this.check = checker;
            return this;
        }

        public Builder applies(String subjectName, BiFunction<Topology, String, Topology> edit) {
            this.subject = subjectName;
            this.apply = edit;
            return this;
        }

        public Builder renames(Function<String, ElementRef> newRef) {
            this.renamedTo = newRef;
            return this;
        }

        public ElementField build() {
            return new ElementField(this);
        }
    }
}
