package dev.aegisplanner.model.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.topology.LayoutBox;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LayoutPatchTest {

    private final Map<String, LayoutBox> base = new LinkedHashMap<>();

    {
        base.put("FRA", new LayoutBox(0, 0, 400, 300));
        base.put("FRA-1", new LayoutBox(20, 50, 200, 120));
        base.put("fra1-s1", new LayoutBox(34, 86, 112, 76));
    }

    @Test
    void a_patch_reads_like_the_layout_with_its_changes_in_the_original_order() {
        LayoutPatch patch = new LayoutPatch(base);
        patch.put("FRA-1", new LayoutBox(30, 60, 200, 120));
        patch.put("AMS", new LayoutBox(500, 0, 300, 200));

        assertThat(List.copyOf(new LinkedHashMap<>(patch).keySet())).containsExactly("FRA", "FRA-1", "fra1-s1", "AMS");
        assertThat(patch.get("FRA-1")).isEqualTo(new LayoutBox(30, 60, 200, 120));
        assertThat(patch.get("AMS")).isEqualTo(new LayoutBox(500, 0, 300, 200));
        assertThat(patch).hasSize(4).containsKey("fra1-s1");
        assertThat(base.get("FRA-1")).isEqualTo(new LayoutBox(20, 50, 200, 120));
    }

    @Test
    void a_patch_without_changes_equals_its_base() {
        assertThat(new LayoutPatch(base)).isEqualTo(base);
    }
}
