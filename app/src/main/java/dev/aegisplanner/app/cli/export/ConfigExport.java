package dev.aegisplanner.app.cli.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aegisplanner.model.analysis.AddressAllocation;
import dev.aegisplanner.model.analysis.AddressAllocations;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Topology;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code --format config}: the normalized allocation config. Per IPv4 egress address, sorted numerically:
 * its pool, the locations and data centers that hold it, each data center's effective share (the implicit
 * even split made explicit), and the servers that list it. What a provisioning ticket needs, without the
 * drawing.
 */
public final class ConfigExport implements ExportFormat {

    /** Names the document, so a reader can tell it from a topology file. */
    public static final String FORMAT = "aegis-allocation-config";
    public static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String name() {
        return "config";
    }

    @Override
    public void write(Topology topology, Scenario scenario, OutputStream out) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("topology", topology.name());
        ArrayNode addresses = root.putArray("addresses");
        for (AddressAllocation allocation : AddressAllocations.of(topology)) {
            ObjectNode address = addresses.addObject();
            address.put("address", allocation.address());
            address.put("pool", allocation.pool());
            strings(address.putArray("locations"), allocation.locations());
            strings(address.putArray("dataCenters"), allocation.dataCenters());
            ObjectNode shares = address.putObject("shares");
            allocation.shares().forEach(shares::put);
            strings(address.putArray("servers"), allocation.servers());
        }
        out.write(JSON.writeValueAsString(root).getBytes(StandardCharsets.UTF_8));
        out.write('\n');
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
