package dev.aegisplanner.model.capacity.demand;

import dev.aegisplanner.model.capacity.InputFileException;
import dev.aegisplanner.model.topology.Demand;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.validation.Problem;
import dev.aegisplanner.model.validation.Validator;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A demand file given beside a topology ({@code capacity --demand FILE}): CSV ({@link DemandCsv}) or JSON
 * ({@link DemandJson}), told apart by the extension ({@code .csv}, {@code .json}) or, without one of those, by
 * the first character. Entries are validated by the same rules as a topology's own {@code demand} (references
 * that exist, one place, connections a finite number at least 0, an origin with an address of the family), and
 * each problem is placed at its line and column.
 *
 * @param entries the entries that could be read (with problems, some may be left out)
 * @param problems every problem, by line and column; any of them makes the demand invalid
 */
public record DemandFile(Path path, List<Demand> entries, List<Problem> problems) {

    public DemandFile {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return !problems.isEmpty();
    }

    /**
     * Reads and validates the demand in {@code file} against {@code topology}.
     *
     * @throws InputFileException when the file cannot be read, is not UTF-8, or is not demand at all
     */
    public static DemandFile read(Path file, Topology topology) throws InputFileException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw new InputFileException(file + ": there is no such file");
        } catch (CharacterCodingException e) {
            throw new InputFileException(file + ": not UTF-8 text; save the file as UTF-8");
        } catch (IOException e) {
            throw new InputFileException(file + ": cannot read: " + e.getMessage());
        }
        ParsedDemand parsed;
        try {
            parsed = isJson(file, text) ? DemandJson.parse(text) : DemandCsv.parse(text);
        } catch (InputFileException e) {
            throw new InputFileException(file + ":" + e.getMessage());
        }
        List<Problem> problems = new ArrayList<>(parsed.problems);
        for (Problem problem : Validator.validate(topology.withDemand(parsed.entries))) {
            placed(problem, parsed).ifPresent(problems::add);
        }
        problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return new DemandFile(file, parsed.entries, problems);
    }

    private static boolean isJson(Path file, String text) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return true;
        }
        if (name.endsWith(".csv")) {
            return false;
        }
        String start = text.strip();
        return start.startsWith("{") || start.startsWith("[") || start.startsWith("\uFEFF{")
                || start.startsWith("\uFEFF[");
    }

    /** A validation problem of a demand entry, at its place in the demand file; other problems are the topology's. */
    private static Optional<Problem> placed(Problem problem, ParsedDemand parsed) {
        String pointer = problem.pointer();
        if (!pointer.startsWith("/demand/")) {
            return Optional.empty();
        }
        String[] parts = pointer.split("/");
        int index = Integer.parseInt(parts[2]);
        String field = parts.length > 3 ? parts[3] : null;
        int[] at = parsed.position(index, field);
        String message = problem.message().replaceFirst("^Demand entry \\d+", "This entry")
                + (field == null ? "" : " (column or field '" + field + "')");
        return Optional.of(new Problem(problem.severity(), problem.code(), "", at[0], at[1], message));
    }
}
