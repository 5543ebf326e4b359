package dev.aegisplanner.app.editor.files;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** A sample topology shipped with the editor: its file name and its text. */
public record Sample(String fileName, String json) {

    /** Words the product spells its own way, whatever case a file name has them in. */
    private static final Map<String, String> SPELLED = Map.of("ipv4", "IPv4", "ipv6", "IPv6", "aegis", "Aegis",
            "byoip", "BYOIP", "dns", "DNS");

    /** "two-metros.json" becomes "Two metros", "ipv6.json" "IPv6", "no-aegis.json" "No Aegis". */
    public String title() {
        String base = fileName.endsWith(".json") ? fileName.substring(0, fileName.length() - 5) : fileName;
        String words = Arrays.stream(base.split("[-_ ]+"))
                .filter(w -> !w.isEmpty())
                .map(w -> SPELLED.getOrDefault(w.toLowerCase(Locale.ROOT), w))
                .collect(Collectors.joining(" "));
        return words.isEmpty() ? fileName : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
