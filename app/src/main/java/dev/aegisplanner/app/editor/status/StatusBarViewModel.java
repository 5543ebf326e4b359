package dev.aegisplanner.app.editor.status;

import dev.aegisplanner.model.text.Counts;
import dev.aegisplanner.app.document.SelectionModel;
import dev.aegisplanner.app.document.TopologyDocument;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Topology;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableNumberValue;
import javafx.beans.value.ObservableStringValue;

/** The words of the status bar: what the document holds, what is selected, the zoom, the file. */
public final class StatusBarViewModel {

    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper selected = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper zoom = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper file = new ReadOnlyStringWrapper();

    public StatusBarViewModel(TopologyDocument document, SelectionModel selection, ObservableNumberValue zoomFactor,
                              ObservableStringValue documentName) {
        document.topologyProperty().addListener((obs, old, next) -> counts.set(counts(next)));
        counts.set(counts(document.topology()));
        selection.selectionProperty().addListener((obs, old, now) -> selected.set(describe(selection)));
        selected.set(describe(selection));
        zoomFactor.addListener((obs, old, next) -> zoom.set(percent(next.doubleValue())));
        zoom.set(percent(zoomFactor.doubleValue()));
        Runnable fileText = () -> file.set(documentName.get() + (document.isDirty() ? " (unsaved changes)" : ""));
        documentName.addListener((obs, old, next) -> fileText.run());
        document.dirtyProperty().addListener((obs, old, next) -> fileText.run());
        fileText.run();
    }

    /** "8 locations · 20 data centers · 80 servers": counted from the lists, without walking every server. */
    public static String counts(Topology t) {
        long dataCenters = 0;
        long servers = 0;
        for (var location : t.locations()) {
            dataCenters += location.dataCenters().size();
            for (var dataCenter : location.dataCenters()) {
                servers += dataCenter.servers().size();
            }
        }
        return Counts.of(t.locations().size(), "location") + " \u00b7 " + Counts.of(dataCenters, "data center")
                + " \u00b7 " + Counts.of(servers, "server");
    }

    static String describe(SelectionModel selection) {
        int size = selection.selected().size();
        return switch (size) {
            case 0 -> "Nothing selected";
            case 1 -> selection.selected().iterator().next().toString();
            default -> Counts.of(size, "element") + " selected";
        };
    }

    static String percent(double factor) {
        return Math.round(factor * 100) + " %";
    }


    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectionProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fileProperty() {
        return file.getReadOnlyProperty();
    }
}
