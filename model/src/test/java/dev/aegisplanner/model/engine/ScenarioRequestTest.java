package dev.aegisplanner.model.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Scenario;
import org.junit.jupiter.api.Test;

/** A scenario read best effort may lack a part of its request: it is refused with the parts it lacks. */
class ScenarioRequestTest {

    @Test
    void aCompleteScenarioIsItsRequest() {
        Scenario s = new Scenario("s", null, null, "z", "o", "srv", Family.IPV6, null);

        assertThat(Request.of(s)).isEqualTo(new Request("z", "o", "srv", Family.IPV6));
    }

    @Test
    void aScenarioWithoutZoneOrIngressIsRefusedNamingWhatItLacks() {
        Scenario s = new Scenario("fra-miss", null, null, null, "o", null, null, null);

        assertThatThrownBy(() -> Request.of(s)).isInstanceOf(RequestException.class)
                .hasMessage("scenario fra-miss has no zone and no ingress server; a request needs a zone, an origin"
                        + " and an ingress server");
    }
}
