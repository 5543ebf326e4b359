package dev.aegisplanner.model.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.aegisplanner.model.validation.Problem;
import java.util.Locale;

/**
 * The parser's side of reading: a factory that enforces the {@link ReadLimits}, and the one problem that says
 * why a text is not JSON, or over a limit, and where.
 */
final class ParseFailures {

    /** Parser factories are thread-safe and not free to build; the one for the default limits is shared. */
    private static final JsonFactory DEFAULT_FACTORY = build(ReadLimits.DEFAULT);

    private ParseFailures() {
    }

    static JsonFactory factory(ReadLimits limits) {
        return limits.equals(ReadLimits.DEFAULT) ? DEFAULT_FACTORY : build(limits);
    }

    private static JsonFactory build(ReadLimits limits) {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNameLength(limits.maxNameLength())
                        .maxNumberLength(limits.maxNumberLength())
                        .maxDocumentLength(limits.maxBytes())
                        .build())
                .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
                .build();
    }

    static Problem malformed(JsonParser parser, JsonProcessingException e) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        return Problem.error("malformed-json", pointer, "This is not valid JSON: " + JacksonMessages.plain(e))
                .at(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
    }

    static Problem overLimit(JsonParser parser, StreamConstraintsException e, ReadLimits limits) {
        JsonLocation at = parser.currentLocation();
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        String message = e.getOriginalMessage();
        String what;
        String code;
        if (message.startsWith("Document nesting depth")) {
            code = "too-deep";
            what = "Lists and objects are nested more than " + limits.maxNestingDepth()
                    + " deep here; Aegis Planner reads topologies nested at most " + limits.maxNestingDepth() + " deep";
        } else if (message.startsWith("String value length")) {
            code = "text-too-long";
            what = "A text value here is longer than " + count(limits.maxStringLength())
                    + " characters; Aegis Planner reads text values up to " + count(limits.maxStringLength()) + " characters";
        } else if (message.startsWith("Name length")) {
            code = "name-too-long";
            what = "A field name or key here is longer than " + count(limits.maxNameLength())
                    + " characters; Aegis Planner reads names up to " + count(limits.maxNameLength()) + " characters";
        } else if (message.startsWith("Number value length")) {
            code = "number-too-long";
            what = "A number here is longer than " + count(limits.maxNumberLength())
                    + " characters; Aegis Planner reads numbers up to " + count(limits.maxNumberLength()) + " characters";
        } else if (message.startsWith("Document length")) {
            code = "file-too-large";
            what = "The topology is larger than " + Sizes.human(limits.maxBytes())
                    + "; Aegis Planner reads topologies up to " + Sizes.human(limits.maxBytes());
        } else {
            code = "over-limit";
            what = "The file is over a reading limit here: " + JacksonMessages.plain(e);
        }
        return Problem.error(code, pointer, what).at(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
