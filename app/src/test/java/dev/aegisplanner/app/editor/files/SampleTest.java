package dev.aegisplanner.app.editor.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Samples menu names each sample after its file, in the product's own spelling. */
class SampleTest {

    private static String title(String file) {
        return new Sample(file, "{}").title();
    }

    @Test
    void file_names_read_as_words() {
        assertThat(title("same-data-center.json")).isEqualTo("Same data center");
        assertThat(title("global-retailer.json")).isEqualTo("Global retailer");
    }

    @Test
    void product_words_keep_their_spelling() {
        assertThat(title("ipv6.json")).isEqualTo("IPv6");
        assertThat(title("no-aegis.json")).isEqualTo("No Aegis");
        assertThat(title("byoip_pools.json")).isEqualTo("BYOIP pools");
    }
}
