package dev.aegisplanner.model.capacity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Planned utilization beside observed utilization (PRODUCT.md section 7, "Observed utilization"), per location,
 * address and origin IPv4:port: Cloudflare's analytics count per PoP ({@code popName}, matched to a location id
 * case-insensitively), the plan per data center, so the plan's rows of a location are added up (connections over
 * capacity) first. The rows where plan and observation differ most come first.
 */
public final class ObservedComparison {

    /**
     * One location, address and origin with what was planned and what was observed.
     *
     * @param location the plan's location id, or the PoP name as observed when no location has it
     * @param planned the planned utilization as a fraction, or {@code null} when the plan has no such row
     * @param observedAvg the observed average as a fraction (percent / 100), or {@code null}; likewise the max
     * @param difference the observed peak (the max, else the average) minus the plan, as fractions; the plan is
     *     counted as 0 where it has no row, the observation as 0 where it has none
     */
    public record Row(String location, String address, String origin, Double planned, Double observedAvg,
                      Double observedMax, double difference) {

        /** Observed peak, else average, else {@code null}. */
        public Double observed() {
            return observedMax != null ? observedMax : observedAvg;
        }
    }

    private ObservedComparison() {
    }

    public static List<Row> of(CapacityReport report, List<ObservedUtilization.Sample> samples) {
        Map<String, String> locations = new HashMap<>();
        Map<String, double[]> planned = new LinkedHashMap<>();
        for (CapacityRow row : report.rows()) {
            locations.putIfAbsent(row.location().toLowerCase(Locale.ROOT), row.location());
            double[] sum = planned.computeIfAbsent(key(row.location(), row.address(), row.origin()), k -> new double[2]);
            sum[0] += row.connections();
            sum[1] += row.capacity();
        }
        List<Row> rows = new ArrayList<>();
        Map<String, Boolean> seen = new HashMap<>();
        for (ObservedUtilization.Sample sample : samples) {
            String location = locations.getOrDefault(sample.pop().toLowerCase(Locale.ROOT), sample.pop());
            String key = key(location, sample.egressIp(), sample.origin());
            seen.put(key, true);
            Double plan = utilization(planned.get(key));
            Double avg = sample.avgPercent() == null ? null : sample.avgPercent() / 100;
            Double max = sample.maxPercent() == null ? null : sample.maxPercent() / 100;
            double observed = max != null ? max : avg != null ? avg : 0;
            rows.add(new Row(location, sample.egressIp(), sample.origin(), plan, avg, max,
                    observed - (plan == null ? 0 : plan)));
        }
        planned.forEach((key, sum) -> {
            if (!seen.containsKey(key) && sum[0] > 0) {
                String[] parts = key.split(" ");
                double plan = utilization(sum);
                rows.add(new Row(parts[0], parts[1], parts[2], plan, null, null, -plan));
            }
        });
        rows.sort(Comparator.comparingDouble((Row r) -> Math.abs(r.difference())).reversed()
                .thenComparing(Row::location).thenComparing(Row::address).thenComparing(Row::origin));
        return rows;
    }

    private static Double utilization(double[] sum) {
        if (sum == null) {
            return null;
        }
        if (sum[0] == 0) {
            return 0.0;
        }
        return sum[1] == 0 ? Double.POSITIVE_INFINITY : sum[0] / sum[1];
    }

    private static String key(String location, String address, String origin) {
        return location + " " + address + " " + origin;
    }
}
