package dev.aegisplanner.model.capacity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegisplanner.model.net.IpAddress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a response of Cloudflare's GraphQL Analytics API for {@code aegisIpUtilizationAdaptiveGroups}, as the
 * API returns it: {@code {"data": {"viewer": {"accounts": [{"aegisIpUtilizationAdaptiveGroups": [{"dimensions":
 * {"popName", "egressIp", "origin"}, "avg": {"utilization"}, "max": {"utilization"}}]}]}}, "errors": null}}.
 * Queries name their fields with aliases (Cloudflare's own example asks {@code utilization: accounts(...)} and
 * {@code avgByPopUtilization: aegisIpUtilizationAdaptiveGroups(...)}), so any field under {@code viewer} holding
 * accounts, and any field of an account holding groups, is read. A group's key comes from {@code popName},
 * {@code egressIp} and {@code origin}, or from {@code popUtilizationKey} ("sjc 192.0.2.1 203.0.113.150:443").
 * Groups split by {@code datetimeFiveMinutes}, or asked for avg and max separately, are merged per key: the
 * average of the averages, the maximum of the maxima. Utilization is in percent.
 */
public final class ObservedUtilization {

    /**
     * Observed utilization of one address at one PoP for one origin.
     *
     * @param avgPercent {@code null} when the response has no average for it; likewise {@code maxPercent}
     */
    public record Sample(String pop, String egressIp, String origin, Double avgPercent, Double maxPercent) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<String, double[]> sums = new LinkedHashMap<>();

    private ObservedUtilization() {
    }

    /** @throws InputFileException when the file is missing, not JSON, or not such a response */
    public static List<Sample> read(Path file) throws InputFileException {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new InputFileException(file + ": there is no such file");
        } catch (JsonProcessingException e) {
            throw new InputFileException(file + ":" + (e.getLocation() == null ? "" : e.getLocation().getLineNr() + ":"
                    + e.getLocation().getColumnNr() + ":") + " This is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputFileException(file + ": cannot read: " + e.getMessage());
        }
        return parse(root, file.toString());
    }

    static List<Sample> parse(JsonNode root, String name) throws InputFileException {
        JsonNode errors = root == null ? null : root.get("errors");
        if (errors != null && errors.isArray() && !errors.isEmpty()) {
            throw new InputFileException(name + ": the response reports an error: "
                    + errors.get(0).path("message").asText("(no message)"));
        }
        JsonNode viewer = root == null ? null : root.path("data").path("viewer");
        if (viewer == null || !viewer.isObject()) {
            throw new InputFileException(name + ": not a GraphQL Analytics response: it has no data.viewer");
        }
        ObservedUtilization reader = new ObservedUtilization();
        for (JsonNode accounts : viewer) {
            for (JsonNode account : accounts.isArray() ? accounts : MAPPER.createArrayNode()) {
                for (JsonNode groups : account) {
                    if (groups.isArray()) {
                        for (JsonNode group : groups) {
                            reader.group(group);
                        }
                    }
                }
            }
        }
        return reader.samples();
    }

    private void group(JsonNode group) {
        JsonNode dimensions = group.path("dimensions");
        String pop = text(dimensions, "popName");
        String ip = text(dimensions, "egressIp");
        String origin = text(dimensions, "origin");
        String key = text(dimensions, "popUtilizationKey");
        if ((pop == null || ip == null || origin == null) && key != null) {
            String[] parts = key.trim().split("\\s+");
            if (parts.length == 3) {
                pop = parts[0];
                ip = parts[1];
                origin = parts[2];
            }
        }
        if (pop == null || ip == null || origin == null) {
            return;
        }
        String canonical = IpAddress.parseIpv4(ip).map(IpAddress::canonical).orElse(ip);
        double[] sum = sums.computeIfAbsent(pop.toLowerCase(Locale.ROOT) + " " + canonical + " " + origin,
                k -> new double[] {0, 0, Double.NEGATIVE_INFINITY});
        JsonNode avg = group.path("avg").path("utilization");
        JsonNode max = group.path("max").path("utilization");
        if (avg.isNumber()) {
            sum[0] += avg.doubleValue();
            sum[1]++;
        }
        if (max.isNumber()) {
            sum[2] = Math.max(sum[2], max.doubleValue());
        }
    }

    private List<Sample> samples() {
        List<Sample> samples = new ArrayList<>(sums.size());
        for (Map.Entry<String, double[]> entry : sums.entrySet()) {
            String[] key = entry.getKey().split(" ");
            double[] sum = entry.getValue();
            samples.add(new Sample(key[0], key[1], key[2], sum[1] == 0 ? null : sum[0] / sum[1],
                    Double.isInfinite(sum[2]) ? null : sum[2]));
        }
        return samples;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }
}
