package dev.aegisplanner.app.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.edit.StructureEdits;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Topology;
import org.junit.jupiter.api.Test;

/** The `*` in the title: whether what is shown differs from what was last opened or saved. */
class TopologyDocumentTest {

    private final TopologyDocument document = new TopologyDocument(Topology.empty("Plan"), null);

    private void addLocation() {
        document.commands().execute("Add location", t -> StructureEdits.addLocation(t, 300, 200).topology());
    }

    @Test
    void an_edit_makes_the_document_dirty_and_undoing_it_makes_it_clean_again() {
        addLocation();
        assertThat(document.isDirty()).isTrue();

        document.commands().undo();

        assertThat(document.isDirty()).isFalse();
    }

    @Test
    void undoing_back_to_the_saved_state_clears_the_mark_and_redo_sets_it_again() {
        addLocation();
        document.markSaved();
        addLocation();
        assertThat(document.isDirty()).isTrue();

        document.commands().undo();
        assertThat(document.isDirty()).isFalse();

        document.commands().undo();
        assertThat(document.isDirty()).isTrue();

        document.commands().redo();
        assertThat(document.isDirty()).isFalse();
    }

    @Test
    void a_step_that_merges_into_the_saved_one_after_saving_starts_a_new_step() {
        Object typing = new Object();
        addLocation();
        document.commands().execute("Rename", typing, t -> StructureEdits.rename(t, ElementRef.location("LOC-1"), "F"));
        document.markSaved();
        document.commands().execute("Rename", typing, t -> StructureEdits.rename(t, ElementRef.location("LOC-1"), "Fr"));

        document.commands().undo();

        assertThat(document.isDirty()).isFalse();
        assertThat(document.topology().location("LOC-1").orElseThrow().displayName()).isEqualTo("F");
    }
}
