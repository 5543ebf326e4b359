package dev.aegisplanner.app.editor.assign;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/** Egress addresses on the drag board: one address, or a whole pool's. */
public final class IpDrag {

    /** Newline-separated IPv4 addresses. */
    public static final DataFormat ADDRESSES = new DataFormat("application/x-aegis-egress-ips");

    private IpDrag() {
    }

    /** Starts dragging addresses from a node (a Pools-panel row). */
    public static void start(Node source, List<String> addresses) {
        if (addresses.isEmpty()) {
            return;
        }
        Dragboard board = source.startDragAndDrop(TransferMode.COPY);
        ClipboardContent content = new ClipboardContent();
        content.putAll(Map.of(ADDRESSES, String.join("\n", addresses), DataFormat.PLAIN_TEXT, String.join(", ", addresses)));
        board.setContent(content);
    }

    public static boolean carriesAddresses(Dragboard board) {
        return board.hasContent(ADDRESSES);
    }

    public static List<String> addresses(Dragboard board) {
        Object text = board.getContent(ADDRESSES);
        return text == null ? List.of() : Arrays.stream(text.toString().split("\n")).filter(s -> !s.isBlank()).toList();
    }
}
