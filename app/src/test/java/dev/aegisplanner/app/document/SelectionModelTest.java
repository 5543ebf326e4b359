package dev.aegisplanner.app.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.topology.ElementRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A selection outlives edits: what still exists stays selected, in the order it was selected, in one change. */
class SelectionModelTest {

    private final SelectionModel selection = new SelectionModel();
    private final List<Set<ElementRef>> changes = new ArrayList<>();

    SelectionModelTest() {
        selection.selectionProperty().addListener((obs, old, now) -> changes.add(now));
    }

    @Test
    void what_no_longer_exists_leaves_the_selection_in_one_change_and_the_rest_keeps_its_order() {
        selection.selectAll(List.of(ElementRef.server("c"), ElementRef.server("a"), ElementRef.server("b")));
        changes.clear();

        selection.retainExisting(ref -> !ref.id().equals("a"));

        assertThat(selection.selected()).containsExactly(ElementRef.server("c"), ElementRef.server("b"));
        assertThat(changes).hasSize(1);
    }

    @Test
    void when_everything_still_exists_nothing_changes() {
        selection.selectAll(List.of(ElementRef.server("a"), ElementRef.server("b")));
        Set<ElementRef> before = selection.selected();
        changes.clear();

        selection.retainExisting(ref -> true);

        assertThat(selection.selected()).isSameAs(before);
        assertThat(changes).isEmpty();
    }

    @Test
    void when_nothing_exists_any_more_the_selection_is_empty() {
        selection.selectAll(List.of(ElementRef.server("a"), ElementRef.server("b")));

        selection.retainExisting(ref -> false);

        assertThat(selection.selected()).isEmpty();
    }
}
