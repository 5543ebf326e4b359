package dev.aegisplanner.app.editor.panels;

import dev.aegisplanner.app.editor.assign.IpDrag;
import dev.aegisplanner.app.editor.theme.Icons;
import dev.aegisplanner.app.editor.theme.Styles;
import java.util.HashSet;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * Pools and their addresses. Drag a pool or an address onto the canvas to assign it; click a pool to edit it
 * in the property sheet; double-click an address to select the servers that hold it. The tree keeps its own
 * selection, so starting a drag never disturbs what is selected on the canvas.
 */
public final class PoolsView extends VBox {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private final PoolsViewModel model;
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>());
    private final Set<String> expanded = new HashSet<>();
    private java.util.function.Consumer<String> suggestPlacement = pool -> { };

    /** @param focusFields puts the keyboard in the property sheet's first field (a new pool is edited at once) */
    public PoolsView(PoolsViewModel model, Runnable focusFields) {
        this.model = model;
        getStyleClass().add(Styles.SIDE_PANEL);
        tree.setId("pools-tree");
        tree.getRoot().setExpanded(true);
        tree.setShowRoot(false);
        tree.setCellFactory(view -> new PoolCell());
        tree.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE) {
                removeSelected();
                event.consume();
            }
        });
        model.pools().addListener((ListChangeListener<PoolEntry>) change -> rebuild());
        rebuild();
        VBox.setVgrow(tree, Priority.ALWAYS);

        Button add = PanelButtons.add("Add a pool", () -> {
            String id = model.addPool();
            expanded.add(id);
            tree.getRoot().getChildren().stream()
                    .filter(item -> item.getValue() instanceof PoolEntry entry && entry.pool().id().equals(id))
                    .findFirst()
                    .ifPresent(item -> {
                        tree.getSelectionModel().select(item);
                        tree.scrollTo(tree.getRow(item));
                    });
            focusFields.run();
        });
        add.setId("add-pool");
        Button remove = PanelButtons.remove("Remove the selected pool or address", this::removeSelected);
        remove.disableProperty().bind(tree.getSelectionModel().selectedItemProperty().isNull());
        HBox header = PanelButtons.header("Drag an address or a pool onto servers", add, remove);

        TextField address = new TextField();
        address.setId("new-address");
        address.setPromptText("Add address to selected pool");
        HBox.setHgrow(address, Priority.ALWAYS);
        Button addAddress = new Button(null, Icons.of(MaterialDesignP.PLUS));
        addAddress.setTooltip(new Tooltip("Add the address to the selected pool (Enter)"));
        addAddress.getStyleClass().add(Styles.FLAT_BUTTON);
        addAddress.disableProperty().bind(tree.getSelectionModel().selectedItemProperty().isNull());
        Runnable submit = () -> {
            if (model.addAddress(selectedPoolId(), address.getText())) {
                address.clear();
            }
        };
        address.setOnAction(event -> submit.run());
        addAddress.setOnAction(event -> submit.run());
        address.textProperty().addListener((obs, old, text) -> model.checkAddress(text));
        model.addressProblemProperty().addListener((obs, old, problem) ->
                address.pseudoClassStateChanged(INVALID, !problem.isEmpty()));
        Label problem = new Label();
        problem.setId("address-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.FIELD_PROBLEM);
        problem.setGraphic(Icons.of(MaterialDesignA.ALERT_CIRCLE, Styles.ERROR));
        problem.textProperty().bind(model.addressProblemProperty());
        problem.visibleProperty().bind(model.addressProblemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        HBox adder = new HBox(address, addAddress);
        adder.getStyleClass().add(Styles.INPUT_ROW);

        getChildren().addAll(header, tree, adder, problem);
    }

    /** What "Suggest Placement..." in a pool's context menu does with the pool's id. */
    public void setOnSuggestPlacement(java.util.function.Consumer<String> handler) {
        suggestPlacement = handler;
    }

    private void rebuild() {
        TreeItem<Object> root = tree.getRoot();
        root.getChildren().forEach(item -> {
            if (item.getValue() instanceof PoolEntry entry) {
                if (item.isExpanded()) {
                    expanded.add(entry.pool().id());
                } else {
                    expanded.remove(entry.pool().id());
                }
            }
        });
        Object selected = tree.getSelectionModel().getSelectedItem() == null ? null
                : tree.getSelectionModel().getSelectedItem().getValue();
        root.getChildren().clear();
        for (PoolEntry entry : model.pools()) {
            TreeItem<Object> pool = new TreeItem<>(entry);
            entry.addresses().forEach(a -> pool.getChildren().add(new TreeItem<>(a)));
            pool.setExpanded(expanded.contains(entry.pool().id()) || model.pools().size() <= 3);
            root.getChildren().add(pool);
            reselect(pool, selected);
        }
    }

    private void reselect(TreeItem<Object> pool, Object selected) {
        if (selected instanceof PoolEntry old && pool.getValue() instanceof PoolEntry now
                && old.pool().id().equals(now.pool().id())) {
            tree.getSelectionModel().select(pool);
        }
        if (selected instanceof PoolEntry.AddressEntry old) {
            pool.getChildren().stream().filter(i -> i.getValue() instanceof PoolEntry.AddressEntry a
                            && a.pool().equals(old.pool()) && a.address().equals(old.address()))
                    .findFirst().ifPresent(i -> tree.getSelectionModel().select(i));
        }
    }

    private String selectedPoolId() {
        TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
        if (item == null) {
            return null;
        }
        return item.getValue() instanceof PoolEntry entry ? entry.pool().id()
                : ((PoolEntry.AddressEntry) item.getValue()).pool();
    }

    private void removeSelected() {
        TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
        if (item == null) {
            return;
        }
        if (item.getValue() instanceof PoolEntry entry) {
            model.removePool(entry.pool().id());
        } else if (item.getValue() instanceof PoolEntry.AddressEntry a) {
            model.removeAddress(a.pool(), a.address());
        }
    }

    private final class PoolCell extends TreeCell<Object> {
        private final Label title = new Label();
        private final Label detail = new Label();
        private final HBox row;
        private final VBox stacked;

        PoolCell() {
            detail.getStyleClass().add(Styles.DETAIL);
            // An address's detail follows it on its line; a pool's goes under its name, where the narrow
            // column has room for it (a tree sizes its cells to their content, so a right-aligned column would
            // push the panel into scrolling sideways).
            row = new HBox();
            row.getStyleClass().add(Styles.LIST_ROW);
            stacked = new VBox();
            stacked.getStyleClass().add(Styles.LIST_ROW);
            setOnDragDetected(event -> {
                if (getItem() instanceof PoolEntry entry) {
                    IpDrag.start(this, model.dragged(entry));
                } else if (getItem() instanceof PoolEntry.AddressEntry a) {
                    IpDrag.start(this, model.dragged(a));
                }
                event.consume();
            });
            setOnMouseClicked(event -> {
                if (event.getButton() != MouseButton.PRIMARY) {
                    return;
                }
                if (getItem() instanceof PoolEntry entry) {
                    model.edit(entry.pool().id());
                } else if (getItem() instanceof PoolEntry.AddressEntry a && event.getClickCount() == 2) {
                    model.selectHolders(a.address());
                }
            });
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                setId(null);
                setContextMenu(null);
                return;
            }
            if (item instanceof PoolEntry entry) {
                title.setText(entry.pool().displayName());
                title.setGraphic(Icons.of(MaterialDesignD.DATABASE_OUTLINE));
                detail.setText(entry.detail());
                setId("pool-" + entry.pool().id());
                javafx.scene.control.MenuItem suggest = new javafx.scene.control.MenuItem("Suggest Placement\u2026");
                suggest.setId("suggest-placement-" + entry.pool().id());
                suggest.setOnAction(event -> suggestPlacement.accept(entry.pool().id()));
                setContextMenu(new javafx.scene.control.ContextMenu(suggest));
                stacked.getChildren().setAll(title, detail);
                setGraphic(stacked);
                return;
            }
            if (item instanceof PoolEntry.AddressEntry a) {
                setContextMenu(null);
                title.setText(a.address());
                title.setGraphic(Icons.of(MaterialDesignI.IP_NETWORK_OUTLINE));
                detail.setText(a.detail());
                setId("address-" + a.address().replaceAll("[^0-9A-Za-z]", "-"));
                setTooltip(a.assignable() ? new Tooltip("Drag onto a server, data center or selection to assign") : null);
            }
            row.getChildren().setAll(title, detail);
            setGraphic(row);
        }
    }
}
