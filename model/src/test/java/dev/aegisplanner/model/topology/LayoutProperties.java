package dev.aegisplanner.model.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A layout behaves like an insertion-ordered map (a {@link LinkedHashMap} where a removed and re-added id goes
 * to the end), whatever mix of single changes and builders made it, and no version changes once made.
 */
class LayoutProperties {

    /** One change: put a box for an id, or remove it; {@code batch} says whether it joins a builder run. */
    record Change(String id, boolean remove, double x, boolean batch) {
    }

    @Property(tries = 300)
    void every_version_reads_like_an_ordered_map_and_never_changes(@ForAll("changes") List<Change> changes) {
        Layout layout = Layout.empty();
        Map<String, LayoutBox> model = new LinkedHashMap<>();
        List<Layout> versions = new ArrayList<>();
        List<Map<String, LayoutBox>> expected = new ArrayList<>();
        Layout.Builder builder = null;
        for (Change change : changes) {
            LayoutBox box = new LayoutBox(change.x(), 0, 1, 1);
            if (change.batch()) {
                builder = builder == null ? layout.toBuilder() : builder;
                if (change.remove()) {
                    builder.remove(change.id());
                } else {
                    builder.put(change.id(), box);
                }
            } else {
                if (builder != null) {
                    layout = builder.build();
                    builder = null;
                }
                layout = change.remove() ? layout.without(change.id()) : layout.with(change.id(), box);
            }
            if (change.remove()) {
                model.remove(change.id());
            } else if (!model.containsKey(change.id())) {
                model.put(change.id(), box);
            } else {
                model.replace(change.id(), box);
            }
            if (builder == null) {
                versions.add(layout);
                expected.add(new LinkedHashMap<>(model));
            }
        }
        if (builder != null) {
            versions.add(builder.build());
            expected.add(new LinkedHashMap<>(model));
        }
        for (int i = 0; i < versions.size(); i++) {
            Layout version = versions.get(i);
            assertThat(new ArrayList<>(version.entrySet())).isEqualTo(new ArrayList<>(expected.get(i).entrySet()));
            assertThat(version).hasSize(expected.get(i).size()).isEqualTo(expected.get(i));
            expected.get(i).forEach((id, b) -> assertThat(version.get(id)).isSameAs(b));
        }
        for (int i = 1; i < versions.size(); i++) {
            Map<String, LayoutBox> before = expected.get(i - 1);
            Map<String, LayoutBox> after = expected.get(i);
            java.util.Set<String> differing = new java.util.HashSet<>();
            before.forEach((id, b) -> {
                if (after.get(id) != b) {
                    differing.add(id);
                }
            });
            after.keySet().stream().filter(id -> !before.containsKey(id)).forEach(differing::add);
            assertThat(versions.get(i).differingIds(versions.get(i - 1))).isEqualTo(differing);
            assertThat(versions.get(i).equals(versions.get(i - 1))).isEqualTo(after.equals(before));
        }
    }

    @Property(tries = 50)
    void a_copy_keeps_the_order_it_was_given(@ForAll("ids") List<String> ids) {
        Map<String, LayoutBox> boxes = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            boxes.put(ids.get(i), new LayoutBox(i, i, 1, 1));
        }
        Layout layout = Layout.copyOf(boxes);
        assertThat(new ArrayList<>(layout.keySet())).isEqualTo(new ArrayList<>(boxes.keySet()));
        assertThat(Layout.copyOf(layout)).isSameAs(layout);
    }

    @Provide
    Arbitrary<List<Change>> changes() {
        // Few distinct ids, so puts, removes and re-adds of the same id meet; some ids collide in their hash.
        Arbitrary<String> id = Arbitraries.oneOf(Arbitraries.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa"),
                Arbitraries.integers().between(0, 60).map(i -> "s" + i));
        return Combinators.combine(id, Arbitraries.integers().between(0, 3).map(i -> i == 0),
                        Arbitraries.integers().between(0, 1000).map(Integer::doubleValue), Arbitraries.of(true, false))
                .as(Change::new).list().ofMaxSize(400);
    }

    @Provide
    Arbitrary<List<String>> ids() {
        return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6).list().uniqueElements().ofMaxSize(3000);
    }
}
