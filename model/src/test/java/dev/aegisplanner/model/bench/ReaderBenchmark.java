package dev.aegisplanner.model.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegisplanner.model.generate.GeneratorSpec;
import dev.aegisplanner.model.generate.TopologyGenerator;
import dev.aegisplanner.model.io.ReadResult;
import dev.aegisplanner.model.io.TopologyReader;
import dev.aegisplanner.model.io.TopologyWriter;
import dev.aegisplanner.model.layout.AutoLayout;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.TopologyIndex;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How long reading a topology takes next to what Jackson alone needs to parse the same text into a tree:
 * the target is {@code read} at most twice {@code readTree} on the generated planet (300 locations, 1,000
 * data centers, 100,000 servers, {@code GeneratorSpec.large(1)}: 3.7 MB of JSON as generated, 13 MB with the
 * layout the editor writes).
 *
 * <ul>
 *   <li>{@code readTree}: Jackson's {@code ObjectMapper.readTree} of the text, the yardstick.</li>
 *   <li>{@code read}: {@code TopologyReader.read} of the same text: parse, decode, validate, locate.</li>
 *   <li>{@code readAndIndex}: {@code read}, then the topology's index, as the editor and the engine ask for it
 *       right after reading: what opening a file costs.</li>
 *   <li>{@code readWithProblems}: the same text with an unknown field in every hundredth element the writer
 *       puts on one line (servers, mostly), so
 *       problems are located and unknown fields kept on the way.</li>
 * </ul>
 * Run with {@code model/bench.sh -f 1 -wi 3 -i 5 -w 2s -r 2s ReaderBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReaderBenchmark {

    private static final ObjectMapper JACKSON = new ObjectMapper();
    /** How the writer starts an element it puts on one line: servers, mostly. */
    private static final String ONE_LINE_ELEMENT = "{ \"id\": \"";

    /** {@code planet} as generated (no layout); {@code planet-laid-out} as the editor saves it, every box written. */
    @Param({"planet", "planet-laid-out"})
    public String topology;

    private String text;
    private String textWithProblems;

    @Setup
    public void setUp() {
        Topology model = TopologyGenerator.generate(GeneratorSpec.large(1));
        if (topology.equals("planet-laid-out")) {
            model = model.withLayout(AutoLayout.arrange(model));
        }
        text = TopologyWriter.toJson(model);
        textWithProblems = withUnknownFieldInEveryHundredthElement(text);
    }

    static String withUnknownFieldInEveryHundredthElement(String json) {
        StringBuilder out = new StringBuilder(json.length() + 20_000);
        int from = 0;
        int count = 0;
        for (int at = json.indexOf(ONE_LINE_ELEMENT); at >= 0; at = json.indexOf(ONE_LINE_ELEMENT, at + 1)) {
            if (count++ % 100 == 0) {
                out.append(json, from, at + 2).append("\"rack\": 7, ");
                from = at + 2;
            }
        }
        return out.append(json, from, json.length()).toString();
    }

    @Benchmark
    public JsonNode readTree() throws IOException {
        return JACKSON.readTree(text);
    }

    @Benchmark
    public ReadResult read() {
        return TopologyReader.read(text);
    }

    @Benchmark
    public TopologyIndex readAndIndex() {
        return TopologyReader.read(text).topology().index();
    }

    @Benchmark
    public ReadResult readWithProblems() {
        return TopologyReader.read(textWithProblems);
    }
}
