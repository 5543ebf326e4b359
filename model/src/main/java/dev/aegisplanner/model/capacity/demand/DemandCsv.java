package dev.aegisplanner.model.capacity.demand;

import dev.aegisplanner.model.topology.Demand;
import dev.aegisplanner.model.topology.Family;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Demand as CSV (RFC 4180), the columns of section 7 in any order with a header naming them:
 * <pre>
 * zone,origin,location,dataCenter,connections,family
 * shop.example.com,shop-origin,SIN,,30000,
 * shop.example.com,shop-origin,,FRA-1,12000,ipv4
 * </pre>
 * A cell may be empty where the JSON may leave the field out ({@code location} or {@code dataCenter},
 * {@code family}); fields may be quoted ({@code "a,b"}, with {@code ""} for a quote, line breaks allowed); a
 * UTF-8 byte order mark and Windows line ends are fine; blank lines are skipped; {@code connections} may be
 * written with thousands separators as spreadsheets export them ({@code "30,000"}). Every problem names its line,
 * column and the column's name. A hand-written reader, because every cell's line and column must be known.
 */
final class DemandCsv {

    static final List<String> COLUMNS = List.of("zone", "origin", "location", "dataCenter", "connections", "family");

    private record Cell(String text, int line, int column) {
    }

    private final String text;
    private final ParsedDemand parsed = new ParsedDemand();
    private int at;
    private int line = 1;
    private int lineStart;

    private DemandCsv(String text) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static ParsedDemand parse(String text) {
        return new DemandCsv(text).parse();
    }

    private ParsedDemand parse() {
        List<Cell> header = record();
        while (header != null && blank(header)) {
            header = record();
        }
        if (header == null) {
            parsed.error("csv-header", 1, 1, "The file is empty; it needs a header line: " + String.join(",", COLUMNS));
            return parsed;
        }
        Map<String, Integer> columns = columns(header);
        if (columns == null) {
            return parsed;
        }
        for (List<Cell> cells = record(); cells != null; cells = record()) {
            if (!blank(cells)) {
                row(cells, header, columns);
            }
        }
        return parsed;
    }

    private Map<String, Integer> columns(List<Cell> header) {
        Map<String, Integer> columns = new HashMap<>();
        boolean ok = true;
        for (int i = 0; i < header.size(); i++) {
            Cell cell = header.get(i);
            String name = cell.text().trim();
            if (!COLUMNS.contains(name)) {
                parsed.error("csv-unknown-column", cell.line(), cell.column(), "Unknown column '" + name
                        + "' in the header" + suggestion(name) + "; the columns are " + String.join(",", COLUMNS));
                ok = false;
            } else if (columns.putIfAbsent(name, i) != null) {
                parsed.error("csv-duplicate-column", cell.line(), cell.column(), "Column '" + name + "' appears twice in the header");
                ok = false;
            }
        }
        for (String required : List.of("zone", "origin", "connections")) {
            if (!columns.containsKey(required)) {
                parsed.error("csv-missing-column", header.get(0).line(), 1, "The header has no column '" + required
                        + "'; the columns are " + String.join(",", COLUMNS));
                ok = false;
            }
        }
        if (!columns.containsKey("location") && !columns.containsKey("dataCenter")) {
            parsed.error("csv-missing-column", header.get(0).line(), 1,
                    "The header has neither 'location' nor 'dataCenter'; each row names one of them");
            ok = false;
        }
        return ok ? columns : null;
    }

    private static String suggestion(String name) {
        for (String column : COLUMNS) {
            if (column.equalsIgnoreCase(name) || column.equalsIgnoreCase(name.replace("_", "").replace(" ", ""))) {
                return " (did you mean '" + column + "'?)";
            }
        }
        return "";
    }

    private void row(List<Cell> cells, List<Cell> header, Map<String, Integer> columns) {
        Cell first = cells.get(0);
        if (cells.size() != header.size()) {
            parsed.error("csv-cell-count", first.line(), first.column(), "Line " + first.line() + " has "
                    + cells.size() + " cells but the header has " + header.size() + "; this row is left out");
            return;
        }
        Map<String, int[]> positions = new HashMap<>();
        columns.forEach((name, i) -> positions.put(name, new int[] {cells.get(i).line(), cells.get(i).column()}));
        String zone = cell(cells, columns, "zone");
        String origin = cell(cells, columns, "origin");
        String location = cell(cells, columns, "location");
        String dataCenter = cell(cells, columns, "dataCenter");
        String familyText = cell(cells, columns, "family");
        Family family = null;
        if (familyText != null) {
            family = Family.fromJson(familyText.toLowerCase(Locale.ROOT));
            if (family == null) {
                Cell cell = cells.get(columns.get("family"));
                parsed.error("csv-family", cell.line(), cell.column(), "Column family: '" + familyText
                        + "' is not a family; write ipv4, ipv6 or leave the cell empty (ipv4)");
            }
        }
        Cell count = cells.get(columns.get("connections"));
        Double connections = number(count);
        if (connections != null && (familyText == null || family != null)) {
            parsed.add(new Demand(zone, origin, location, dataCenter, connections, family), first.line(),
                    first.column(), positions);
        }
    }

    private Double number(Cell cell) {
        String value = cell.text().trim();
        if (value.isEmpty()) {
            parsed.error("csv-connections", cell.line(), cell.column(),
                    "Column connections is empty; every row needs its peak concurrent connections");
            return null;
        }
        try {
            return Double.parseDouble(value.replace(",", "").replace("_", ""));
        } catch (NumberFormatException e) {
            parsed.error("csv-connections", cell.line(), cell.column(), "Column connections: '" + value
                    + "' is not a number");
            return null;
        }
    }

    private static String cell(List<Cell> cells, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        if (index == null) {
            return null;
        }
        String value = cells.get(index).text().trim();
        return value.isEmpty() ? null : value;
    }

    private static boolean blank(List<Cell> cells) {
        return cells.size() == 1 && cells.get(0).text().isBlank();
    }

    /** The next record's cells, or {@code null} at the end of the text. */
    private List<Cell> record() {
        if (at >= text.length()) {
            return null;
        }
        List<Cell> cells = new ArrayList<>();
        while (true) {
            int cellLine = line;
            int cellColumn = at - lineStart + 1;
            StringBuilder value = new StringBuilder();
            if (at < text.length() && text.charAt(at) == '"') {
                quoted(value, cellLine, cellColumn);
            }
            while (at < text.length() && text.charAt(at) != ',' && text.charAt(at) != '\n' && text.charAt(at) != '\r') {
                value.append(text.charAt(at++));
            }
            cells.add(new Cell(value.toString(), cellLine, cellColumn));
            if (at < text.length() && text.charAt(at) == ',') {
                at++;
                continue;
            }
            if (at < text.length() && text.charAt(at) == '\r') {
                at++;
            }
            if (at < text.length() && text.charAt(at) == '\n') {
                at++;
            }
            line++;
            lineStart = at;
            return cells;
        }
    }

    private void quoted(StringBuilder value, int cellLine, int cellColumn) {
        at++;
        while (true) {
            if (at >= text.length()) {
                parsed.error("csv-quote", cellLine, cellColumn, "A quoted cell is never closed: a '\"' is missing");
                return;
            }
            char c = text.charAt(at++);
            if (c == '"') {
                if (at < text.length() && text.charAt(at) == '"') {
                    value.append('"');
                    at++;
                } else {
                    return;
                }
            } else {
                if (c == '\n') {
                    line++;
                    lineStart = at;
                }
                value.append(c);
            }
        }
    }
}
