package dev.aegisplanner.model.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LayoutTest {

    private static Layout numbered(int count) {
        Map<String, LayoutBox> boxes = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            boxes.put("s" + i, new LayoutBox(i, 0, 1, 1));
        }
        return Layout.copyOf(boxes);
    }

    @Test
    void a_bulk_change_keeps_the_order_and_leaves_the_original_alone() {
        Layout original = numbered(5_000);
        Layout.Builder builder = original.toBuilder();
        for (int i = 0; i < 3_000; i++) {
            builder.remove("s" + i);
        }
        for (int i = 0; i < 2_000; i++) {
            builder.put("n" + i, new LayoutBox(-i, 0, 1, 1));
        }
        builder.put("s4999", new LayoutBox(1, 1, 1, 1));
        Layout changed = builder.build();

        List<String> expected = new ArrayList<>();
        for (int i = 3_000; i < 5_000; i++) {
            expected.add("s" + i);
        }
        for (int i = 0; i < 2_000; i++) {
            expected.add("n" + i);
        }
        assertThat(new ArrayList<>(changed.keySet())).isEqualTo(expected);
        assertThat(changed.get("s4999")).isEqualTo(new LayoutBox(1, 1, 1, 1));
        assertThat(original).hasSize(5_000).isEqualTo(numbered(5_000));
    }

    @Test
    void translating_moves_every_box_keeps_the_order_and_leaves_the_original_alone() {
        Layout original = numbered(3_000);
        Layout moved = original.translated(10, -4);

        assertThat(new ArrayList<>(moved.keySet())).isEqualTo(new ArrayList<>(original.keySet()));
        for (int i = 0; i < 3_000; i++) {
            assertThat(moved.get("s" + i)).isEqualTo(new LayoutBox(i + 10, -4, 1, 1));
        }
        assertThat(original).isEqualTo(numbered(3_000));
        assertThat(moved.differingIds(original)).hasSize(3_000);
        assertThat(moved.with("s7", new LayoutBox(0, 0, 1, 1)).get("s8")).isEqualTo(new LayoutBox(18, -4, 1, 1));
        assertThat(original.translated(0, 0)).isSameAs(original);
    }

    @Test
    void taking_most_ids_away_keeps_the_rest_in_order_and_taking_none_keeps_the_layout() {
        Layout original = numbered(3_000);
        java.util.Set<String> gone = new java.util.HashSet<>();
        for (int i = 0; i < 3_000; i++) {
            if (i % 1_000 != 7) {
                gone.add("s" + i);
            }
        }

        Layout kept = original.withoutAll(gone);

        assertThat(new ArrayList<>(kept.keySet())).containsExactly("s7", "s1007", "s2007");
        assertThat(kept.get("s1007")).isEqualTo(new LayoutBox(1007, 0, 1, 1));
        assertThat(original).isEqualTo(numbered(3_000));
        assertThat(original.withoutAll(java.util.Set.of("nope"))).isSameAs(original);
    }

    @Test
    void a_builder_used_again_after_building_does_not_change_what_it_built() {
        Layout.Builder builder = numbered(100).toBuilder();
        builder.put("s1", new LayoutBox(7, 7, 7, 7));
        Layout first = builder.build();
        builder.put("s1", new LayoutBox(8, 8, 8, 8));
        builder.put("s2", new LayoutBox(9, 9, 9, 9));

        assertThat(first.get("s1")).isEqualTo(new LayoutBox(7, 7, 7, 7));
        assertThat(first.get("s2")).isEqualTo(new LayoutBox(2, 0, 1, 1));
        assertThat(builder.build().get("s2")).isEqualTo(new LayoutBox(9, 9, 9, 9));
    }

    @Test
    void changing_nothing_gives_the_same_layout() {
        Layout layout = numbered(10);
        assertThat(layout.with("s3", layout.get("s3"))).isSameAs(layout);
        assertThat(layout.without("nope")).isSameAs(layout);
    }

    @Test
    void many_removals_one_at_a_time_are_compacted_and_stay_in_order() {
        Layout layout = numbered(1_000);
        for (int i = 0; i < 900; i++) {
            layout = layout.without("s" + i);
        }
        layout = layout.with("s0", new LayoutBox(0, 0, 1, 1));
        List<String> expected = new ArrayList<>();
        for (int i = 900; i < 1_000; i++) {
            expected.add("s" + i);
        }
        expected.add("s0");
        assertThat(new ArrayList<>(layout.keySet())).isEqualTo(expected);
    }

    @Test
    void a_renamed_id_keeps_its_place_in_the_order() {
        Layout.Builder builder = numbered(3).toBuilder();
        builder.rename("s1", "t1");
        Layout renamed = builder.build();

        assertThat(new ArrayList<>(renamed.keySet())).containsExactly("s0", "t1", "s2");
        assertThat(renamed.get("t1")).isEqualTo(new LayoutBox(1, 0, 1, 1));
        assertThat(renamed.containsKey("s1")).isFalse();
    }
}
