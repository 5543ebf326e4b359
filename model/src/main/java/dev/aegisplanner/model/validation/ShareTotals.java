package dev.aegisplanner.model.validation;

import dev.aegisplanner.model.net.IpAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Adds up, per IPv4 address, the capacity shares data centers claim, and reports addresses booked over 1. */
final class ShareTotals {

    /** Sums like 0.1 + 0.2 + 0.7 land a hair above 1 in binary; that is not overbooking. */
    private static final double TOLERANCE = 1e-9;

    private record Share(String dataCenter, double share) {
    }

    private static final class Total {
        final List<Share> shares = new ArrayList<>();
        double sum;
        /** The entry that took the sum over 1, where the problem points. */
        String tippingPointer;
    }

    private final Map<IpAddress, Total> totals = new HashMap<>();

    void add(IpAddress address, String dataCenter, double share, String pointer) {
        Total total = totals.computeIfAbsent(address, a -> new Total());
        total.shares.add(new Share(dataCenter, share));
        total.sum += share;
        if (total.tippingPointer == null && total.sum > 1 + TOLERANCE) {
            total.tippingPointer = pointer;
        }
    }

    void report(Findings findings) {
        totals.forEach((address, total) -> {
            if (total.tippingPointer != null) {
                String parts = total.shares.stream()
                        .map(s -> s.dataCenter() + " " + Findings.number(s.share()))
                        .collect(Collectors.joining(", "));
                findings.error("shares-over-one", total.tippingPointer, "The data-center shares of " + address
                        + " add up to " + Findings.number(total.sum) + " (" + parts + "); they may add up to at most 1");
            }
        });
    }
}
