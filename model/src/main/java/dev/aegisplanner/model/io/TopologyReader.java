package dev.aegisplanner.model.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.validation.DocumentOrder;
import dev.aegisplanner.model.validation.Problem;
import dev.aegisplanner.model.validation.Validation;
import dev.aegisplanner.model.validation.Validator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a topology file: decodes it best effort straight from the streaming parser, validates it, and reports
 * every problem with a JSON pointer and a line and column, in the order they appear in the file. Never throws
 * for bad input: whatever is wrong comes back as problems.
 *
 * <p>Best effort means the editor can open a file with errors and show them all:
 * <ul>
 *   <li>an element without a text {@code id}, a link without both ends, and a list entry of the wrong type
 *       (a number among servers, an object among {@code egressIps}) are left out, with an error; saving such a
 *       file drops them (the result says so: {@link ReadResult#complete()});</li>
 *   <li>a field the format does not know is kept as written, with an error, so saving writes it back;</li>
 *   <li>a missing or broken required number ({@code lat}, {@code lon}, {@code latencyMs}, a layout's
 *       {@code x}/{@code y}) reads as 0, with an error, so the element stays;</li>
 *   <li>any other broken field reads as its default ({@code up}, 443, no name), with an error;</li>
 *   <li>JSON {@code null} in an optional field means "not given"; in a required field it is missing;</li>
 *   <li>a key written twice is an error, and the last value counts.</li>
 * </ul>
 * A file that is not JSON, not a topology, of another format version, or over a {@link ReadLimits} cap is
 * {@link ReadResult.Outcome#UNREADABLE} with exactly one problem saying why and where.
 */
public final class TopologyReader {

    private TopologyReader() {
    }

    public static ReadResult read(Path file) {
        return read(file, ReadLimits.DEFAULT);
    }

    public static ReadResult read(String json) {
        return read(json, ReadLimits.DEFAULT);
    }

    public static ReadResult read(Path file, ReadLimits limits) {
        try {
            return read(TextFiles.readUtf8(file, limits), limits);
        } catch (UnreadableException e) {
            return ReadResult.unreadable(e.problem());
        }
    }

    public static ReadResult read(String json, ReadLimits limits) {
        if (json.length() > limits.maxBytes()) {
            return ReadResult.unreadable(Problem.error("file-too-large", "", "The topology is "
                    + Sizes.human(json.length()) + "; Aegis Planner reads topologies up to " + Sizes.human(limits.maxBytes())));
        }
        // A byte order mark is allowed in UTF-8 files; a space keeps columns where an editor shows them.
        String text = json.startsWith("\uFEFF") ? " " + json.substring(1) : json;
        JsonFactory factory = ParseFailures.factory(limits);
        try (JsonParser parser = factory.createParser(text)) {
            Decoding decoding = new Decoding(new Cursor(parser, text), limits);
            ProblemLocator locator = new ProblemLocator(factory, text, decoding.positions);
            try {
                return decode(parser, decoding, locator, limits);
            } catch (UnreadableException e) {
                Problem problem = e.problem();
                return ReadResult.unreadable(problem.hasPosition() ? problem : locator.locate(List.of(problem)).get(0));
            }
        } catch (IOException e) {
            // A String source has no I/O; this is closing the parser, which cannot fail for text either.
            return ReadResult.unreadable(Problem.error("io-error", "", "Could not read the text: " + e.getMessage()));
        }
    }

    /**
     * Gives problems of a topology their lines and columns in the text it was written as (after saving, so
     * the Problems panel points into the new file). One pass over the text, entering only where a problem is.
     */
    public static List<Problem> locate(String text, List<Problem> problems) {
        return ProblemLocator.wholeText(ParseFailures.factory(ReadLimits.DEFAULT), text).locate(problems);
    }

    private static ReadResult decode(JsonParser parser, Decoding decoding, ProblemLocator locator, ReadLimits limits)
            throws UnreadableException {
        TopologyDecoder decoder = new TopologyDecoder(decoding);
        Topology topology;
        try {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new UnreadableException(Problem.error("empty", "", "The file is empty").at(1, 1));
            }
            decoding.positions.root(decoding.cursor.offset(), decoding.cursor.place());
            if (first != JsonToken.START_OBJECT) {
                String found = decoding.cursor.describe();
                parser.skipChildren();
                requireEnd(parser);
                throw FormatHeader.notAnObject(found);
            }
            topology = decoder.decode();
            requireEnd(parser);
        } catch (StreamConstraintsException e) {
            throw new UnreadableException(ParseFailures.overLimit(parser, e, limits));
        } catch (JsonProcessingException e) {
            throw new UnreadableException(ParseFailures.malformed(parser, e));
        } catch (IOException e) {
            throw new UnreadableException(Problem.error("io-error", "", "Could not read the text: " + e.getMessage()));
        }
        DecodeLog log = decoding.log;
        decoder.header().check(log, decoding.positions.rootPlace());
        List<Problem> problems = new ArrayList<>();
        for (DecodeLog.Finding finding : log.findings()) {
            problems.add(ProblemLocator.at(Problem.error(finding.code(), finding.pointer().toString(),
                    finding.message().get()), finding.place()));
        }
        Validation validation = Validator.validation(topology);
        List<Problem> fromRules = new ArrayList<>();
        for (Problem problem : validation.problems()) {
            String pointer = log.toText(problem.pointer());
            // The decoder has already said what is wrong here (a missing or broken field); once is enough.
            if (!log.reported(pointer)) {
                fromRules.add(new Problem(problem.severity(), problem.code(), pointer, 0, 0, problem.message()));
            }
        }
        problems.addAll(locator.locate(fromRules));
        List<Problem> sorted = inDocumentOrder(problems);
        List<Problem> listed = sorted.size() > limits.maxProblems() ? sorted.subList(0, limits.maxProblems()) : sorted;
        long unlistedErrors = log.unlisted() + validation.unlistedErrors()
                + sorted.subList(listed.size(), sorted.size()).stream().filter(Problem::isError).count();
        long unlistedWarnings = validation.unlistedWarnings()
                + sorted.subList(listed.size(), sorted.size()).stream().filter(p -> !p.isError()).count();
        return ReadResult.of(topology, listed, !log.lossy(), unlistedErrors, unlistedWarnings);
    }

    private static void requireEnd(JsonParser parser) throws IOException, UnreadableException {
        if (parser.nextToken() != null) {
            JsonLocation at = parser.currentTokenLocation();
            throw new UnreadableException(Problem.error("malformed-json", "",
                    "There is more text after the end of the topology; a file holds one JSON object")
                    .at(at.getLineNr(), at.getColumnNr()));
        }
    }

    private static List<Problem> inDocumentOrder(List<Problem> problems) {
        List<Problem> sorted = new ArrayList<>(DocumentOrder.sorted(problems));
        sorted.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return sorted;
    }
}
