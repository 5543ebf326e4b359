package dev.aegisplanner.app.editor.advisor;

import dev.aegisplanner.app.editor.theme.Styles;
import dev.aegisplanner.app.editor.theme.ThemeManager;
import dev.aegisplanner.model.advisor.AddressCount;
import dev.aegisplanner.model.advisor.Pin;
import dev.aegisplanner.model.net.IpAddress;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Pool;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.CheckListView;

/**
 * "Suggest placement...": the question on the left (pool, how many addresses, N-1, time limit, pins, kept and
 * excluded locations), the answer on the right (progress with Cancel while the advisor works, then the proposal),
 * Apply at the bottom. The window binds to a {@link SuggestPlacementModel} and computes nothing itself.
 */
public final class SuggestPlacementDialog {

    private final SuggestPlacementModel model;
    private final Stage stage = new Stage();
    private final ProposalView proposal = new ProposalView();

    public SuggestPlacementDialog(Window owner, SuggestPlacementModel model, ThemeManager theme) {
        this.model = model;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Suggest Placement");
        BorderPane root = new BorderPane();
        root.setId("suggest-dialog");
        root.getStyleClass().addAll(Styles.DIALOG, "suggest-dialog");
        ScrollPane question = new ScrollPane(question());
        question.setFitToWidth(true);
        question.setPrefViewportWidth(330);
        question.setMinWidth(300);
        root.setLeft(question);
        root.setCenter(answer());
        root.setBottom(buttons());
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1240, screen.getWidth() - 40), Math.min(860, screen.getHeight() - 40));
        theme.install(scene);
        theme.themeProperty().addListener((obs, old, now) -> proposal.setTheme(now));
        proposal.setTheme(theme.themeProperty().get());
        stage.setScene(scene);
        stage.setMinWidth(860);
        stage.setMinHeight(560);
        stage.setOnHidden(event -> model.cancel());
        model.proposalProperty().addListener((obs, old, now) -> proposal.show(now));
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    private VBox question() {
        List<String> pools = model.topology().pools().stream().map(Pool::id).toList();
        ComboBox<String> pool = new ComboBox<>(FXCollections.observableArrayList(pools));
        pool.setId("suggest-pool");
        pool.valueProperty().bindBidirectional(model.poolProperty());
        pool.setMaxWidth(Double.MAX_VALUE);

        ToggleGroup counts = new ToggleGroup();
        RadioButton own = radio("The pool's own IPv4 addresses", AddressCount.Mode.POOL, counts, "suggest-count-pool");
        RadioButton exactly = radio("Exactly", AddressCount.Mode.EXACTLY, counts, "suggest-count-exactly");
        RadioButton fewest = radio("The fewest that work", AddressCount.Mode.FEWEST, counts, "suggest-count-fewest");
        counts.selectedToggleProperty().addListener((obs, old, now) ->
                model.countProperty().set((AddressCount.Mode) now.getUserData()));
        counts.selectToggle(own);
        Spinner<Integer> number = new Spinner<>(1, 64, Math.max(1, model.addressesProperty().get()));
        number.setId("suggest-addresses");
        number.setEditable(true);
        number.setPrefWidth(90);
        number.valueProperty().addListener((obs, old, now) -> model.addressesProperty().set(now));
        number.disableProperty().bind(exactly.selectedProperty().not());
        HBox exactRow = new HBox(8, exactly, number, new Label("addresses"));
        exactRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        CheckBox nMinusOne = new CheckBox("Survive any single data center or location failure (N-1)");
        nMinusOne.setId("suggest-n-1");
        nMinusOne.setWrapText(true);
        nMinusOne.selectedProperty().bindBidirectional(model.nMinusOneProperty());

        Spinner<Integer> limit = new Spinner<>(1, 600, model.timeLimitSecondsProperty().get());
        limit.setId("suggest-time-limit");
        limit.setEditable(true);
        limit.setPrefWidth(90);
        limit.valueProperty().addListener((obs, old, now) -> model.timeLimitSecondsProperty().set(now));
        HBox limitRow = new HBox(8, new Label("Time limit"), limit, new Label("seconds"));
        limitRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        VBox form = new VBox(8, section("Pool"), pool, section("Addresses"), own, exactRow, fewest,
                section("Constraints"), nMinusOne, limitRow, section("Pinned addresses"), pins(),
                section("Kept locations"), hint("Each still holds some address of the pool"),
                locationChecks("suggest-kept", model.kept()),
                section("Excluded locations"), hint("None of the pool's addresses goes there"),
                locationChecks("suggest-excluded", model.excluded()));
        form.setPadding(new Insets(14));
        form.disableProperty().bind(model.stateProperty().isEqualTo(SuggestPlacementModel.State.RUNNING));
        return form;
    }

    private VBox pins() {
        ListView<Pin> list = new ListView<>(model.pins());
        list.setId("suggest-pins");
        list.setPrefHeight(84);
        list.setPlaceholder(new Label("None: every address may move"));
        ComboBox<String> address = new ComboBox<>();
        address.setId("suggest-pin-address");
        address.setPromptText("Address");
        Runnable fillAddresses = () -> address.getItems().setAll(model.topology().pool(model.poolProperty().get())
                .map(p -> p.addresses().stream().filter(a -> IpAddress.parseIpv4(a).isPresent()).toList())
                .orElse(List.of()));
        model.poolProperty().addListener((obs, old, now) -> fillAddresses.run());
        fillAddresses.run();
        ComboBox<String> location = new ComboBox<>(FXCollections.observableArrayList(locationIds()));
        location.setId("suggest-pin-location");
        location.setPromptText("Location");
        Button add = new Button("Pin");
        add.setId("suggest-pin-add");
        add.setTooltip(new Tooltip("Keep this address in this location"));
        add.disableProperty().bind(address.valueProperty().isNull().or(location.valueProperty().isNull()));
        add.setOnAction(event -> {
            Pin pin = new Pin(address.getValue(), location.getValue());
            if (!model.pins().contains(pin)) {
                model.pins().add(pin);
            }
        });
        Button remove = new Button("Unpin");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> model.pins().remove(list.getSelectionModel().getSelectedItem()));
        address.setMaxWidth(Double.MAX_VALUE);
        location.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(address, Priority.ALWAYS);
        HBox.setHgrow(location, Priority.ALWAYS);
        return new VBox(6, list, new HBox(6, address, location), new HBox(6, add, remove));
    }

    /** Every location with a check box, the checks and {@code chosen} kept equal both ways. */
    private CheckListView<String> locationChecks(String id, ObservableList<String> chosen) {
        CheckListView<String> list = new CheckListView<>(FXCollections.observableArrayList(locationIds()));
        list.setId(id);
        list.setPrefHeight(130);
        boolean[] syncing = {false};
        list.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) change -> {
            if (!syncing[0]) {
                syncing[0] = true;
                chosen.setAll(list.getCheckModel().getCheckedItems());
                syncing[0] = false;
            }
        });
        // The model takes a location out of one list when it goes into the other: the checks follow.
        chosen.addListener((ListChangeListener<String>) change -> {
            if (!syncing[0]) {
                syncing[0] = true;
                list.getCheckModel().clearChecks();
                chosen.forEach(list.getCheckModel()::check);
                syncing[0] = false;
            }
        });
        return list;
    }

    private List<String> locationIds() {
        return model.topology().locations().stream().map(Location::id).sorted().toList();
    }

    private VBox answer() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(28, 28);
        spinner.visibleProperty().bind(model.stateProperty().isEqualTo(SuggestPlacementModel.State.RUNNING));
        spinner.managedProperty().bind(spinner.visibleProperty());
        Label message = new Label();
        message.setId("suggest-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());
        Label stale = new Label("The plan changed while the advisor worked: suggest again to apply.");
        stale.setId("suggest-stale");
        stale.getStyleClass().add(Styles.FIELD_PROBLEM);
        stale.visibleProperty().bind(model.staleProperty().and(model.proposalProperty().isNotNull()));
        stale.managedProperty().bind(stale.visibleProperty());
        HBox status = new HBox(10, spinner, message);
        status.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label intro = new Label("Choose what to ask and press Suggest. The advisor places the pool's addresses where the "
                + "demand-weighted forward and origin latency is least, keeping every address within capacity. Nothing "
                + "changes until you apply the proposal, as one step you can undo.");
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        intro.getStyleClass().add(Styles.HINT);
        intro.visibleProperty().bind(model.proposalProperty().isNull());
        intro.managedProperty().bind(intro.visibleProperty());
        proposal.visibleProperty().bind(model.proposalProperty().isNotNull());
        VBox.setVgrow(proposal, Priority.ALWAYS);
        VBox answer = new VBox(10, status, stale, intro, proposal);
        answer.setPadding(new Insets(14));
        return answer;
    }

    private HBox buttons() {
        Button suggest = new Button("Suggest");
        suggest.setId("suggest-run");
        suggest.setDefaultButton(true);
        suggest.disableProperty().bind(model.stateProperty().isEqualTo(SuggestPlacementModel.State.RUNNING)
                .or(model.poolProperty().isNull()));
        suggest.setOnAction(event -> {
            // The form is disabled while the advisor runs; move focus out of it first, or JavaFX's focus traversal
            // trips over the list cells it disables.
            stage.getScene().getRoot().requestFocus();
            model.suggest();
        });
        Button cancel = new Button();
        cancel.setId("suggest-cancel");
        cancel.textProperty().bind(Bindings.when(model.stateProperty().isEqualTo(SuggestPlacementModel.State.RUNNING))
                .then("Cancel").otherwise("Close"));
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> {
            if (model.stateProperty().get() == SuggestPlacementModel.State.RUNNING) {
                model.cancel();
            } else {
                stage.close();
            }
        });
        Button apply = new Button("Apply");
        apply.setId("suggest-apply");
        apply.disableProperty().bind(model.stateProperty().isNotEqualTo(SuggestPlacementModel.State.PROPOSED)
                .or(model.staleProperty()));
        apply.setOnAction(event -> {
            if (model.apply()) {
                stage.close();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, spacer, suggest, apply, cancel);
        bar.setPadding(new Insets(10, 14, 12, 14));
        bar.getStyleClass().add("dialog-buttons");
        return bar;
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(Styles.HINT);
        return label;
    }

    private static Label section(String title) {
        Label label = new Label(title);
        label.getStyleClass().add(Styles.SECTION_TITLE);
        return label;
    }

    private static RadioButton radio(String text, AddressCount.Mode mode, ToggleGroup group, String id) {
        RadioButton button = new RadioButton(text);
        button.setId(id);
        button.setUserData(mode);
        button.setToggleGroup(group);
        return button;
    }
}
