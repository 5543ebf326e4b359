package dev.aegisplanner.model.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.validation.DocumentOrder;
import dev.aegisplanner.model.validation.Problem;
import dev.aegisplanner.model.validation.Validator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a topology file: parses it, decodes it best effort, validates it, and reports every problem with a
 * JSON pointer and a line and column, in the order they appear in the file. Never throws for bad input:
 * whatever is wrong comes back as problems.
 *
 * <p>Best effort means the editor can open a file with errors and show them all:
 * <ul>
 *   <li>an element without a text {@code id}, a link without both ends, and a list entry of the wrong type
 *       (a number among servers, an object among {@code egressIps}) are left out, with an error; saving such a
 *       file drops them;</li>
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

    static ReadResult read(Path file, ReadLimits limits) {
        try {
            return read(TextFiles.readUtf8(file, limits.maxBytes()), limits);
        } catch (UnreadableException e) {
            return ReadResult.unreadable(e.problem());
        }
    }

    static ReadResult read(String json, ReadLimits limits) {
        JsonFactory factory = JsonTreeReader.factory(limits);
        if (json.length() > limits.maxBytes()) {
            return ReadResult.unreadable(Problem.error("file-too-large", "", "The topology is "
                    + Sizes.human(json.length()) + "; Aegis Planner reads topologies up to " + Sizes.human(limits.maxBytes())));
        }
        // A byte order mark is allowed in UTF-8 files; a space keeps columns where an editor shows them.
        String text = json.startsWith("\uFEFF") ? " " + json.substring(1) : json;
        List<Problem> textProblems = new ArrayList<>();
        DecodeLog log = new DecodeLog();
        Topology topology;
        try {
            JsonNode root = new JsonTreeReader(factory, limits, textProblems).read(text);
            FormatHeader.check(root, log);
            topology = new TopologyDecoder(log).decode((ObjectNode) root);
        } catch (UnreadableException e) {
            return ReadResult.unreadable(ProblemLocator.locate(factory, text, List.of(e.problem())).get(0));
        }
        // Every problem of the text itself, or of decoding, means something in the text has no place in the topology.
        boolean complete = textProblems.isEmpty() && log.problems().isEmpty();
        textProblems.addAll(log.problems());
        for (Problem problem : Validator.validate(topology)) {
            String pointer = log.toText(problem.pointer());
            // The decoder has already said what is wrong here (a missing or broken field); once is enough.
            if (!log.reported(pointer)) {
                textProblems.add(new Problem(problem.severity(), problem.code(), pointer, 0, 0, problem.message()));
            }
        }
        return ReadResult.of(topology, inDocumentOrder(ProblemLocator.locate(factory, text, textProblems)), complete);
    }

    private static List<Problem> inDocumentOrder(List<Problem> problems) {
        List<Problem> sorted = new ArrayList<>(DocumentOrder.sorted(problems));
        sorted.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return sorted;
    }
}
