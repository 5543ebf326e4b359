package dev.aegisplanner.model.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A strict reading of the DOT our exports write; see {@link MermaidStructure} for why strict. */
final class DotStructure {

    private static final String ID = "[A-Za-z_][A-Za-z0-9_]*";
    private static final Pattern SUBGRAPH = Pattern.compile("\\s+subgraph (" + ID + ") \\{");
    private static final Pattern NODE = Pattern.compile("\\s+(" + ID + ") \\[label=<.*>(, .+)?];");
    private static final Pattern EDGE = Pattern.compile("\\s+(" + ID + ") -> (" + ID + ")( \\[(.+)])?;");
    private static final Pattern CLIP = Pattern.compile("(ltail|lhead)=(" + ID + ")");

    final List<String> nodes = new ArrayList<>();
    final List<String> clusters = new ArrayList<>();
    final List<String> edgeAttributes = new ArrayList<>();

    static DotStructure check(String name, String text) {
        DotStructure s = new DotStructure();
        assertThat(text).as(name).startsWith("digraph aegis {\n").endsWith("}\n");
        int depth = 0;
        List<String[]> edges = new ArrayList<>();
        for (String line : text.split("\n")) {
            String code = withoutStrings(line);
            depth += count(code, '{') - count(code, '}');
            assertThat(depth).as(name + ": braces at " + line).isGreaterThanOrEqualTo(0);
            Matcher m;
            if ((m = SUBGRAPH.matcher(line)).matches()) {
                s.clusters.add(m.group(1));
            } else if ((m = NODE.matcher(line)).matches()) {
                s.nodes.add(m.group(1));
            } else if ((m = EDGE.matcher(line)).matches()) {
                edges.add(new String[] {m.group(1), m.group(2)});
                s.edgeAttributes.add(m.group(4) == null ? "" : m.group(4));
            }
        }
        assertThat(depth).as(name + ": braces balanced").isZero();
        assertThat(s.clusters).as(name + ": subgraphs are clusters").allMatch(c -> c.startsWith("cluster_"));
        assertThat(new HashSet<>(s.nodes)).as(name + ": node ids unique").hasSize(s.nodes.size());
        Set<String> clusters = new HashSet<>(s.clusters);
        for (String[] edge : edges) {
            assertThat(s.nodes).as(name + ": edge endpoints are defined nodes").contains(edge[0], edge[1]);
        }
        for (String attributes : s.edgeAttributes) {
            Matcher clip = CLIP.matcher(attributes);
            while (clip.find()) {
                assertThat(clusters).as(name + ": clipped at a defined cluster").contains(clip.group(2));
            }
        }
        return s;
    }

    /** The line with quoted strings and HTML-like labels removed, so braces in names do not count. */
    private static String withoutStrings(String line) {
        StringBuilder out = new StringBuilder();
        int angle = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (angle > 0) {
                angle += c == '<' ? 1 : c == '>' ? -1 : 0;
            } else if (c == '"') {
                quoted = true;
            } else if (c == '<') {
                angle = 1;
            } else {
                out.append(c);
            }
        }
        assertThat(quoted).as("string closed in " + line).isFalse();
        assertThat(angle).as("HTML label closed in " + line).isZero();
        return out.toString();
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }
}
