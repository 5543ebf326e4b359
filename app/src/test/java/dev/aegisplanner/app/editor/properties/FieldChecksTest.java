package dev.aegisplanner.app.editor.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class FieldChecksTest {

    @Test
    void coordinates_must_be_numbers_in_range() {
        assertThat(FieldChecks.latitude("90")).isEmpty();
        assertThat(FieldChecks.latitude("-90.5")).isPresent();
        assertThat(FieldChecks.latitude("north")).isPresent();
        assertThat(FieldChecks.longitude("180")).isEmpty();
        assertThat(FieldChecks.longitude("180.01")).isPresent();
        assertThat(FieldChecks.latitude("NaN")).isPresent();
        assertThat(FieldChecks.optionalLatitude("")).isEmpty();
    }

    @Test
    void latency_is_never_negative_and_shares_are_above_zero_up_to_one() {
        assertThat(FieldChecks.latency("0")).isEmpty();
        assertThat(FieldChecks.latency("-1")).isPresent();
        assertThat(FieldChecks.share("")).isEmpty();
        assertThat(FieldChecks.share("1")).isEmpty();
        assertThat(FieldChecks.share("0")).isPresent();
        assertThat(FieldChecks.share("1.01")).isPresent();
    }

    @Test
    void addresses_are_checked_by_family() {
        assertThat(FieldChecks.optionalIpv4("192.0.2.1")).isEmpty();
        assertThat(FieldChecks.optionalIpv4("192.0.2.256")).isPresent();
        assertThat(FieldChecks.optionalIpv4("2001:db8::1")).isPresent();
        assertThat(FieldChecks.optionalIpv6("2001:db8::1")).isEmpty();
        assertThat(FieldChecks.optionalIpv6("2001:db8::/48")).isPresent();
        assertThat(FieldChecks.poolAddress("2001:db8::/48")).isEmpty();
        assertThat(FieldChecks.poolAddress("192.0.2.01")).isPresent();
        assertThat(FieldChecks.port("0")).isPresent();
        assertThat(FieldChecks.port("8443")).isEmpty();
    }

    @Test
    void ids_are_non_blank_without_spaces_and_free() {
        Set<String> taken = Set.of("acme");
        assertThat(FieldChecks.id(" ", "pool", taken::contains)).contains("An id cannot be empty");
        assertThat(FieldChecks.id("my pool", "pool", taken::contains)).contains("An id cannot contain spaces");
        assertThat(FieldChecks.id("acme", "pool", taken::contains)).contains("Another pool already has the id acme");
        assertThat(FieldChecks.id("globex", "pool", taken::contains)).isEmpty();
    }
}
