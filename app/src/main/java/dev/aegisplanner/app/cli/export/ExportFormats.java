package dev.aegisplanner.app.cli.export;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The export formats this build provides, by name, and the ones the product defines (PRODUCT.md section 5),
 * so that asking for a defined format this build lacks gets a different answer from a typo.
 */
public final class ExportFormats {

    /** Every format the product defines, in the order the documentation lists them. */
    public static final List<String> DEFINED = List.of("config", "mermaid", "dot", "png", "svg");

    private final Map<String, ExportFormat> byName = new TreeMap<>();

    public ExportFormats(Collection<? extends ExportFormat> formats) {
        for (ExportFormat format : formats) {
            if (byName.putIfAbsent(format.name(), format) != null) {
                throw new IllegalStateException("Two export formats are named " + format.name());
            }
        }
    }

    /** The formats registered in {@code META-INF/services} on the class path. */
    public static ExportFormats installed() {
        return new ExportFormats(ServiceLoader.load(ExportFormat.class).stream().map(ServiceLoader.Provider::get)
                .toList());
    }

    public Optional<ExportFormat> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The names of the formats this build provides, sorted. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }
}
