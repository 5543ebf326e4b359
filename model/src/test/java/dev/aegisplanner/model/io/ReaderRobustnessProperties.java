package dev.aegisplanner.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.io.ReadResult.Outcome;
import dev.aegisplanner.model.validation.Problem;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Broken input of any kind gets problems, never an exception: valid files are cut short, have characters
 * deleted or junk inserted, get fields slipped in, and have values swapped for values of other types.
 */
class ReaderRobustnessProperties {

    /** JSON values of every type, to put where a value of another type belongs. */
    private static final List<String> VALUES = List.of("null", "true", "false", "0", "-0", "1e999", "-1e-999",
            "12345678901234567890123", "0.5", "-7", "70000", "\"\"", "\"x\"", "\"192.0.2.10\"", "\"2001:db8::/48\"",
            "\"down\"", "\"FRA\"", "{}", "[]", "[1]", "[\"192.0.2.999\"]", "{\"id\": 5}", "[{\"id\": \"dup\"}]",
            "\"\\u0000\\ud800\"");

    /** Fields to slip into an object: duplicates, unknown ones, wrong types, broken references. */
    private static final List<String> FIELDS = List.of("\"id\": \"dup\", ", "\"id\": 1, ", "\"status\": \"down\", ",
            "\"lattitude\": 1, ", "\"egressIps\": [\"::1\", 3], ", "\"pool\": \"nowhere\", ", "\"lat\": 91, ",
            "\"ipCapacity\": {\"192.0.2.10\": 2}, ", "\"servers\": [{}], ", "\"from\": \"X\", ");

    /** Text that is no JSON value at all. */
    private static final List<String> JUNK = List.of("[1,", "{\"id\":", "\"", "\\", "}", "]", ",", ":",
            "\uD800", "\u0000", "\uFEFF", "\n", "NaN", "Infinity", "'x'");

    enum Kind { TRUNCATE, DELETE, INSERT_JUNK, INSERT_FIELD, REPLACE_VALUE }

    record Mutation(Kind kind, double at, int length, int pick) {

        String apply(String text) {
            int p = (int) (at * text.length());
            return switch (kind) {
                case TRUNCATE -> text.substring(0, p);
                case DELETE -> text.substring(0, p) + text.substring(Math.min(text.length(), p + length));
                case INSERT_JUNK -> text.substring(0, p) + JUNK.get(pick % JUNK.size()) + text.substring(p);
                case INSERT_FIELD -> insertField(text, p);
                case REPLACE_VALUE -> replaceValue(text, p);
            };
        }

        /**
         * Replaces the value after the next {@code ": "} with a value of another type; past the header, since
         * a file without its format is merely unreadable, which truncation already covers.
         */
        private String replaceValue(String text, int from) {
            int colon = text.indexOf(": ", Math.max(from, text.indexOf("\"version\"") + 12));
            if (colon < 0) {
                return text;
            }
            int start = colon + 2;
            int end = start;
            while (end < text.length() && ",}]\n".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            return text.substring(0, start) + VALUES.get(pick % VALUES.size()) + text.substring(end);
        }

        /** Puts a field at the start of the next object that has fields. */
        private String insertField(String text, int from) {
            int brace = text.indexOf("{ \"", from);
            int newline = text.indexOf("{\n", from);
            int at = brace < 0 ? newline : newline < 0 ? brace : Math.min(brace, newline);
            if (at < 0) {
                return text;
            }
            return text.substring(0, at + 1) + FIELDS.get(pick % FIELDS.size()) + text.substring(at + 1);
        }
    }

    @Provide
    Arbitrary<String> validFiles() {
        return ValidTopologies.topologies().map(TopologyWriter::toJson);
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Kind> kinds = Arbitraries.frequency(Tuple.of(1, Kind.TRUNCATE), Tuple.of(1, Kind.DELETE),
                Tuple.of(1, Kind.INSERT_JUNK), Tuple.of(3, Kind.INSERT_FIELD), Tuple.of(4, Kind.REPLACE_VALUE));
        return Combinators.combine(kinds, Arbitraries.doubles().between(0, 1).ofScale(4),
                        Arbitraries.integers().between(1, 40), Arbitraries.integers().between(0, 1000))
                .as(Mutation::new).list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 1000)
    void anyMutationOfAValidFileGivesATopologyOrProblemsButNeverAnException(
            @ForAll("validFiles") String file, @ForAll("mutations") List<Mutation> mutations) {
        String text = file;
        for (Mutation mutation : mutations) {
            text = mutation.apply(text);
        }

        ReadResult result = TopologyReader.read(text);
        Statistics.label("outcome").collect(result.outcome());
        // Both kinds of broken input must come up often, or the property tests less than it claims.
        Statistics.label("outcome").coverage(c -> {
            c.check(Outcome.UNREADABLE).percentage(p -> p >= 10);
            c.check(Outcome.INVALID).percentage(p -> p >= 10);
        });

        assertThat(result.problems()).allMatch(Problem::hasPosition, "every problem has a line and column");
        switch (result.outcome()) {
            case UNREADABLE -> assertThat(result.problems()).singleElement().matches(Problem::isError);
            case INVALID -> assertThat(result.topology()).isNotNull().satisfies(t -> assertThat(result.hasErrors()).isTrue());
            case VALID -> assertThat(result.errors()).isEmpty();
        }
        if (result.outcome() != Outcome.UNREADABLE) {
            // What was read can always be saved and read again.
            assertThat(TopologyReader.read(TopologyWriter.toJson(result.topology())).outcome())
                    .isNotEqualTo(Outcome.UNREADABLE);
        }
    }
}
