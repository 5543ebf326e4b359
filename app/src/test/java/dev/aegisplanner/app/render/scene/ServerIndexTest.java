package dev.aegisplanner.app.render.scene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.layout.Boxes;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Server;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class ServerIndexTest {

    @Property(tries = 200)
    void a_viewport_query_finds_exactly_the_servers_a_full_scan_finds(@ForAll @IntRange(min = 0, max = 300) int count,
                                                                   @ForAll long seed) {
        Random random = new Random(seed);
        List<SceneServer> servers = randomServers(count, random);
        ServerIndex index = new ServerIndex(servers);
        LayoutBox view = new LayoutBox(random.nextInt(2_000) - 200, random.nextInt(2_000) - 200,
                random.nextInt(1_200), random.nextInt(1_200));

        Set<String> found = new HashSet<>();
        index.forEachIn(view, s -> found.add(s.ref().id()));

        Set<String> expected = new HashSet<>();
        servers.stream().filter(s -> Boxes.intersects(s.box(), view)).forEach(s -> expected.add(s.ref().id()));
        assertThat(found).isEqualTo(expected);
    }

    @Property(tries = 200)
    void the_server_at_a_point_is_the_last_drawn_of_those_under_it(@ForAll @IntRange(min = 1, max = 200) int count,
                                                                  @ForAll long seed) {
        Random random = new Random(seed);
        List<SceneServer> servers = randomServers(count, random);
        ServerIndex index = new ServerIndex(servers);
        double x = random.nextInt(1_600);
        double y = random.nextInt(1_600);

        SceneServer expected = null;
        for (SceneServer s : servers) {
            if (Boxes.contains(s.box(), x, y)) {
                expected = s;
            }
        }
        assertThat(index.at(x, y)).isSameAs(expected);
    }

    private static List<SceneServer> randomServers(int count, Random random) {
        List<SceneServer> servers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LayoutBox box = new LayoutBox(random.nextInt(1_500), random.nextInt(1_500), 40 + random.nextInt(120), 30 + random.nextInt(90));
            servers.add(new SceneServer(ElementRef.server("s" + i), Server.of("s" + i), box, false, false, List.of(), "DC", i));
        }
        return servers;
    }
}
