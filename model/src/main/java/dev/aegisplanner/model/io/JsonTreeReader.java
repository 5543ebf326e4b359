package dev.aegisplanner.model.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aegisplanner.model.validation.Problem;
import java.io.IOException;
import java.util.List;

/**
 * Parses JSON text into a Jackson tree, by hand from the streaming parser so that duplicate keys are reported
 * (Jackson's own tree reader either keeps the last silently or stops at the first) while the parse goes on.
 * Malformed JSON and exceeded limits end the parse with an {@link UnreadableException} that says what and where.
 */
final class JsonTreeReader {

    static final String DUPLICATE_KEY = "duplicate-key";

    /** Parser factories are thread-safe and not free to build; the one for the default limits is shared. */
    private static final JsonFactory DEFAULT_FACTORY = build(ReadLimits.DEFAULT);

    private final JsonFactory factory;
    private final ReadLimits limits;
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final List<Problem> problems;

    /** @param problems where duplicate keys are reported, already with their line and column */
    JsonTreeReader(JsonFactory factory, ReadLimits limits, List<Problem> problems) {
        this.limits = limits;
        this.factory = factory;
        this.problems = problems;
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

    JsonNode read(String text) throws UnreadableException {
        try (JsonParser parser = factory.createParser(text)) {
            try {
                JsonToken first = parser.nextToken();
                if (first == null) {
                    throw new UnreadableException(Problem.error("empty", "", "The file is empty").at(1, 1));
                }
                JsonNode root = value(parser, first);
                if (parser.nextToken() != null) {
                    JsonLocation at = parser.currentTokenLocation();
                    throw new UnreadableException(Problem.error("malformed-json", "",
                            "There is more text after the end of the topology; a file holds one JSON object")
                            .at(at.getLineNr(), at.getColumnNr()));
                }
                return root;
            } catch (StreamConstraintsException e) {
                throw new UnreadableException(overLimit(parser, e));
            } catch (JsonProcessingException e) {
                throw new UnreadableException(malformed(parser, e));
            }
        } catch (IOException e) {
            // A String source has no I/O; this is closing the parser, which cannot fail for text either.
            throw new UnreadableException(Problem.error("io-error", "", "Could not read the text: " + e.getMessage()));
        }
    }

    private JsonNode value(JsonParser parser, JsonToken token) throws IOException {
        if (token == null) {
            throw new JsonParseException(parser, "Unexpected end of the text");
        }
        switch (token) {
            case START_OBJECT:
                return object(parser);
            case START_ARRAY:
                ArrayNode array = nodes.arrayNode();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    array.add(value(parser, t));
                }
                return array;
            case VALUE_STRING:
                return nodes.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                return switch (parser.getNumberType()) {
                    case INT -> nodes.numberNode(parser.getIntValue());
                    case LONG -> nodes.numberNode(parser.getLongValue());
                    default -> nodes.numberNode(parser.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                return nodes.numberNode(parser.getDoubleValue());
            case VALUE_TRUE:
                return nodes.booleanNode(true);
            case VALUE_FALSE:
                return nodes.booleanNode(false);
            case VALUE_NULL:
                return nodes.nullNode();
            default:
                throw new JsonParseException(parser, "Unexpected " + token.asString());
        }
    }

    private ObjectNode object(JsonParser parser) throws IOException {
        ObjectNode object = nodes.objectNode();
        for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
            String name = parser.currentName();
            if (object.has(name)) {
                // Where and which pointer are worked out only here: for every field they would cost a third of the parse.
                JsonLocation at = parser.currentTokenLocation();
                problems.add(Problem.error(DUPLICATE_KEY, parser.getParsingContext().pathAsPointer().toString(),
                        "The key '" + name + "' appears more than once in this object; the last one counts")
                        .at(at.getLineNr(), at.getColumnNr()));
            }
            object.replace(name, value(parser, parser.nextToken()));
        }
        return object;
    }

    private Problem malformed(JsonParser parser, JsonProcessingException e) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        return Problem.error("malformed-json", pointer, "This is not valid JSON: " + JacksonMessages.plain(e))
                .at(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
    }

    private Problem overLimit(JsonParser parser, StreamConstraintsException e) {
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
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }
}
