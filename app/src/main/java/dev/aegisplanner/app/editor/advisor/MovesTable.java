package dev.aegisplanner.app.editor.advisor;

import dev.aegisplanner.app.editor.theme.WrappingTableCell;
import dev.aegisplanner.model.advisor.AddressPlacement;
import dev.aegisplanner.model.advisor.Move;
import dev.aegisplanner.model.advisor.Suggestion;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * "What moves": for each address, the locations holding it now and as proposed, and each holding data center's
 * share. Every cell wraps to its column and its row grows to the lines, so every share is read whole (a share
 * never breaks inside itself); the table is as tall as its rows, up to a limit past which it scrolls rather than
 * squeezing the map below it.
 */
final class MovesTable extends TableView<Move> {

    /** Room above and below a cell's lines, in ems; a row is never lower than the theme's own rows. */
    private static final double CELL_PADDING_EM = 0.4;
    /** Room beside a cell's lines, in pixels: the theme's 0.5 em on either side, and a little to spare. */
    private static final double CELL_SIDES = 18;
    /** The theme's row height, in ems (AtlantaFX's {@code -fx-cell-size}). */
    private static final double ROW_EM = 2.8;
    /**
     * The header and four rows of one line: on a laptop the dialog keeps its map and buttons in view (past that
     * the table scrolls, each row still whole).
     */
    private static final double MAX_HEIGHT = 200;
    /** Between a share's data center, figure and per cent sign: a line breaks between shares, never inside one. */
    private static final char NO_BREAK = '\u00a0';

    private Map<String, String> sharesByAddress = Map.of();

    MovesTable() {
        setId("proposal-moves");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getColumns().add(column("Address", 110, Move::address));
        getColumns().add(column("Now", 120, m -> m.before().isEmpty() ? "new" : String.join(", ", m.before())));
        getColumns().add(column("Proposed", 170, m -> m.after().isEmpty() ? "leaves the pool"
                : String.join(", ", m.after())));
        getColumns().add(column("Shares", 260, m -> sharesByAddress.getOrDefault(m.address(), "")));
        // Wider columns take fewer lines: the table follows its rows.
        getColumns().forEach(c -> c.widthProperty().addListener((obs, old, now) -> fitHeight()));
        fitHeight();
        setMinHeight(Region.USE_PREF_SIZE);
    }

    void show(Suggestion suggestion) {
        sharesByAddress = suggestion == null ? Map.of() : suggestion.placement().addresses().stream()
                .collect(Collectors.toMap(AddressPlacement::address, MovesTable::shares, (a, b) -> a));
        getItems().setAll(suggestion == null ? List.of() : suggestion.moves());
        fitHeight();
    }

    /** Each data center holding the address and its share. */
    static String shares(AddressPlacement address) {
        return address.shares().entrySet().stream()
                .map(e -> (e.getKey() + " " + ProposalView.percent(e.getValue())).replace(' ', NO_BREAK))
                .collect(Collectors.joining(", "));
    }

    /** The header and every row at the height its wrapped lines need, as the cells below lay them out. */
    private void fitHeight() {
        Font font = cellFont();
        double em = font.getSize();
        double rows = 0;
        for (Move move : getItems()) {
            if (rows >= MAX_HEIGHT) {
                break; // the table scrolls from here: further rows cannot change its height
            }
            double text = 0;
            for (TableColumn<Move, ?> column : getColumns()) {
                text = Math.max(text, wrapped((String) column.getCellData(move), font, column.getWidth()));
            }
            rows += Math.max(ROW_EM * em, text + 2 * CELL_PADDING_EM * em) + 1;
        }
        Node header = lookup(".column-header-background");
        double headerHeight = header != null && header.getLayoutBounds().getHeight() > 0
                ? header.getLayoutBounds().getHeight() : ROW_EM * em;
        setPrefHeight(Math.min(MAX_HEIGHT, headerHeight + Math.max(rows, ROW_EM * em) + 4));
    }

    /** The font the cells are drawn in: the headers', once the theme has styled them. */
    private Font cellFont() {
        Node label = lookup(".column-header .label");
        return label instanceof Labeled l ? Font.font(l.getFont().getFamily(), l.getFont().getSize()) : Font.font(14);
    }

    private static double wrapped(String value, Font font, double columnWidth) {
        Text text = new Text(value == null ? "" : value);
        text.setFont(font);
        text.setWrappingWidth(Math.max(1, columnWidth - CELL_SIDES));
        return text.getLayoutBounds().getHeight();
    }

    private static TableColumn<Move, String> column(String title, double width, Function<Move, String> value) {
        TableColumn<Move, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setCellFactory(c -> {
            WrappingTableCell<Move> cell = new WrappingTableCell<>(column, CELL_SIDES);
            cell.setStyle("-fx-padding: " + CELL_PADDING_EM + "em 0.5em " + CELL_PADDING_EM + "em 0.5em;"
                    + " -fx-alignment: CENTER_LEFT;");
            return cell;
        });
        return column;
    }
}
