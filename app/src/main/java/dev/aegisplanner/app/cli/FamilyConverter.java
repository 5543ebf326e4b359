package dev.aegisplanner.app.cli;

import dev.aegisplanner.model.topology.Family;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --family ipv4|ipv6}, spelled as in the topology file. */
final class FamilyConverter implements ITypeConverter<Family> {

    @Override
    public Family convert(String value) {
        Family family = Family.fromJson(value.toLowerCase(Locale.ROOT));
        if (family == null) {
            throw new TypeConversionException("'" + value + "' is not a family; use ipv4 or ipv6");
        }
        return family;
    }
}
