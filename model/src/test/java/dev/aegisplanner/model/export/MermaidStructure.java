package dev.aegisplanner.model.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reading of the Mermaid our exports write: every line must be one of the statements we use, subgraphs
 * must close, ids must be safe and unique, and every edge must join defined nodes or subgraphs. Stricter than
 * Mermaid itself (which defines a node on first mention): a typo in an edge would pass Mermaid's parser and
 * silently draw a stray box, but fails here.
 */
final class MermaidStructure {

    static final String ID = "[A-Za-z][A-Za-z0-9_]*";
    private static final Pattern NODE = Pattern.compile("\\s+(" + ID + ")\\[(\\(?)(.*?)(\\)?)]");
    private static final Pattern SUBGRAPH = Pattern.compile("\\s+subgraph (" + ID + ") \\[(\"[^\"]*\")]");
    private static final Pattern EDGE = Pattern.compile(
            "\\s+(" + ID + ") (?:-->|---|--x|--[A-Za-z]+-->)(?:\\|(\"[^\"]*\")\\|)? (" + ID + ")");
    private static final Pattern OTHER = Pattern.compile(
            "\\s+(accTitle: .+|accDescr: .+|end|classDef muted .+|class " + ID + "(," + ID + ")* muted|style "
                    + ID + " .+)|");

    final List<String> nodes = new ArrayList<>();
    final List<String> subgraphs = new ArrayList<>();
    final List<String[]> edges = new ArrayList<>();

    static MermaidStructure check(String name, String text) {
        MermaidStructure s = new MermaidStructure();
        String[] lines = text.split("\n", -1);
        assertThat(lines[0]).as(name + ": header").isEqualTo("flowchart LR");
        assertThat(lines[lines.length - 1]).as(name + ": ends with a newline").isEmpty();
        assertThat(text).as(name + ": accessible title and description").contains("\n    accTitle: ", "\n    accDescr: ");
        int depth = 0;
        for (int i = 1; i < lines.length - 1; i++) {
            String line = lines[i];
            Matcher m;
            if ((m = SUBGRAPH.matcher(line)).matches()) {
                s.subgraphs.add(m.group(1));
                depth++;
            } else if (line.strip().equals("end")) {
                depth--;
                assertThat(depth).as(name + ": 'end' without subgraph at line " + (i + 1)).isGreaterThanOrEqualTo(0);
            } else if ((m = NODE.matcher(line)).matches()) {
                s.nodes.add(m.group(1));
                assertThat(m.group(2).length()).as(name + ": cylinder brackets at line " + (i + 1))
                        .isEqualTo(m.group(4).length());
                String label = m.group(3);
                if (label.startsWith("\"")) {
                    assertThat(label).as(name + ": quoted label at line " + (i + 1)).matches("\"[^\"]*\"");
                } else {
                    assertThat(label).as(name + ": bare label at line " + (i + 1))
                            .matches("[A-Za-z0-9 .,*_]+( <br/> <small>[A-Za-z0-9 .,*_]+</small>)?");
                }
            } else if ((m = EDGE.matcher(line)).matches()) {
                s.edges.add(new String[] {m.group(1), m.group(3)});
            } else {
                assertThat(OTHER.matcher(line).matches()).as(name + ": unexpected line " + (i + 1) + ": " + line).isTrue();
            }
        }
        assertThat(depth).as(name + ": every subgraph ends").isZero();
        Set<String> defined = new HashSet<>(s.nodes);
        defined.addAll(s.subgraphs);
        assertThat(defined).as(name + ": ids unique").hasSize(s.nodes.size() + s.subgraphs.size());
        for (String[] edge : s.edges) {
            assertThat(defined).as(name + ": edge endpoints defined").contains(edge[0], edge[1]);
        }
        return s;
    }
}
