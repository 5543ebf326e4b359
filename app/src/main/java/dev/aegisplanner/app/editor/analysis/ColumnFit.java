package dev.aegisplanner.app.editor.analysis;

import javafx.beans.InvalidationListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Keeps a table's headers whole: no column narrower than its title, and the columns share the table's width while
 * they fit, scrolling sideways when the table is narrower than they need (a laptop screen, a column added by N-1)
 * instead of cutting every header short.
 */
public final class ColumnFit {

    /** Room beside a header's text: cell padding and the sort arrow. */
    private static final double HEADER_ROOM = 34;

    private ColumnFit() {
    }

    public static void install(TableView<?> table) {
        for (TableColumn<?, ?> column : table.getColumns()) {
            column.setMinWidth(Math.max(column.getMinWidth(), headerWidth(column.getText())));
        }
        InvalidationListener choose = o -> {
            double needed = 0;
            for (TableColumn<?, ?> column : table.getColumns()) {
                if (column.isVisible()) {
                    needed += Math.max(column.getMinWidth(), column.getPrefWidth());
                }
            }
            // A vertical scroll bar takes some of the width; leave room for it.
            boolean fits = table.getWidth() >= needed + 18;
            table.setColumnResizePolicy(fits ? TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN
                    : TableView.UNCONSTRAINED_RESIZE_POLICY);
        };
        table.widthProperty().addListener(choose);
        table.getColumns().forEach(c -> c.visibleProperty().addListener(choose));
        choose.invalidated(null);
    }

    private static double headerWidth(String title) {
        Text text = new Text(title == null ? "" : title);
        text.setFont(Font.font(Font.getDefault().getFamily(), javafx.scene.text.FontWeight.BOLD, 14));
        return Math.ceil(text.getLayoutBounds().getWidth()) + HEADER_ROOM;
    }
}
