package dev.aegisplanner.app.editor.actions;

import dev.aegisplanner.model.edit.Alignment;
import java.util.Arrays;
import java.util.Locale;
import dev.aegisplanner.app.canvas.CanvasTool;
import dev.aegisplanner.app.canvas.TopologyCanvasView;
import dev.aegisplanner.app.command.CommandStack;
import dev.aegisplanner.app.editor.export.ExportTarget;
import dev.aegisplanner.app.editor.files.DocumentFiles;
import dev.aegisplanner.app.editor.theme.ThemeManager;
import java.util.List;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/** Every action of the editor window, with its words, icon and shortcut. */
public final class EditorActions {

    /** Actions of one menu, for the shortcuts sheet. */
    public record Group(String title, List<EditorAction> actions) {
    }

    /** What the window does for the actions that are about the window itself. */
    public interface Window {
        void quit();

        void export(ExportTarget target);

        void copyImage();

        void deleteSelection();

        void showShortcuts();

        void showAbout();
    }

    public final EditorAction newFile;
    public final EditorAction open;
    public final EditorAction save;
    public final EditorAction saveAs;
    public final EditorAction recoverUnsaved;
    public final EditorAction exportPng;
    public final EditorAction exportSvg;
    public final EditorAction exportMermaid;
    public final EditorAction exportDot;
    public final EditorAction exportConfig;
    public final EditorAction copyImage;
    public final EditorAction quit;
    public final EditorAction undo;
    public final EditorAction redo;
    public final EditorAction cut;
    public final EditorAction copy;
    public final EditorAction paste;
    public final EditorAction duplicate;
    public final EditorAction delete;
    public final EditorAction rename;
    public final EditorAction selectAll;
    public final EditorAction autoArrange;
    /** Edit > Align: one action per {@link Alignment}, in its order. */
    public final List<EditorAction> align;
    public final EditorAction zoomIn;
    public final EditorAction zoomOut;
    public final EditorAction actualSize;
    public final EditorAction fit;
    public final EditorAction toggleTheme;
    public final EditorAction selectTool;
    public final EditorAction addLocation;
    public final EditorAction addDataCenter;
    public final EditorAction addServer;
    public final EditorAction shortcuts;
    public final EditorAction about;

    public EditorActions(DocumentFiles files, CommandStack commands, TopologyCanvasView canvas, ThemeManager theme,
                         Window window) {
        newFile = EditorAction.of("new", "New", files::newDocument).key("Shortcut+N")
                .icon(MaterialDesignF.FILE_OUTLINE).help("New topology (Ctrl+N)");
        open = EditorAction.of("open", "Open...", files::openWithDialog).key("Shortcut+O")
                .icon(MaterialDesignF.FOLDER_OPEN_OUTLINE).help("Open a topology file");
        save = EditorAction.of("save", "Save", () -> files.save(() -> { })).key("Shortcut+S")
                .icon(MaterialDesignC.CONTENT_SAVE_OUTLINE).help("Save");
        saveAs = EditorAction.of("save-as", "Save As...", () -> files.saveAs(() -> { })).key("Shortcut+Shift+S");
        recoverUnsaved = EditorAction.of("recover-unsaved", "Recover Unsaved Changes...", files::offerRecoveryCopies)
                .help("Bring back changes an earlier run kept but never saved");
        exportPng = EditorAction.of("export-png", "PNG Image...", () -> window.export(ExportTarget.PNG))
                .key("Shortcut+Shift+E").icon(MaterialDesignE.EXPORT)
                .help("The whole drawing as a PNG image, with the selected scenario's path");
        exportSvg = EditorAction.of("export-svg", "SVG Drawing...", () -> window.export(ExportTarget.SVG));
        exportMermaid = EditorAction.of("export-mermaid", "Mermaid Flowchart...", () -> window.export(ExportTarget.MERMAID));
        exportDot = EditorAction.of("export-dot", "Graphviz DOT...", () -> window.export(ExportTarget.DOT));
        exportConfig = EditorAction.of("export-config", "Allocation Config (JSON)...",
                () -> window.export(ExportTarget.CONFIG));
        copyImage = EditorAction.of("copy-image", "Copy Image to Clipboard", window::copyImage)
                .key("Shortcut+Shift+C").icon(MaterialDesignI.IMAGE_OUTLINE);
        quit = EditorAction.of("quit", "Quit", window::quit).key("Shortcut+Q").icon(MaterialDesignE.EXIT_TO_APP);

        undo = EditorAction.of("undo", "Undo", commands::undo).key("Shortcut+Z").icon(MaterialDesignU.UNDO)
                .textFrom(commands.undoLabelProperty()).disabledWhen(commands.canUndoProperty().not());
        redo = EditorAction.of("redo", "Redo", commands::redo).key("Shortcut+Shift+Z").icon(MaterialDesignR.REDO)
                .textFrom(commands.redoLabelProperty()).disabledWhen(commands.canRedoProperty().not());
        cut = EditorAction.of("cut", "Cut", canvas::cutSelection).key("Shortcut+X").icon(MaterialDesignC.CONTENT_CUT);
        copy = EditorAction.of("copy", "Copy", canvas::copySelection).key("Shortcut+C").icon(MaterialDesignC.CONTENT_COPY);
        paste = EditorAction.of("paste", "Paste", canvas::paste).key("Shortcut+V").icon(MaterialDesignC.CONTENT_PASTE);
        duplicate = EditorAction.of("duplicate", "Duplicate", canvas::duplicateSelection).key("Shortcut+D");
        delete = EditorAction.of("delete", "Delete", window::deleteSelection).key("Delete")
                .icon(MaterialDesignD.DELETE_OUTLINE);
        rename = EditorAction.of("rename", "Rename", canvas::renameSelection).key("F2");
        selectAll = EditorAction.of("select-all", "Select All", canvas::selectAll).key("Shortcut+A")
                .icon(MaterialDesignS.SELECT_ALL);
        autoArrange = EditorAction.of("auto-arrange", "Auto-arrange", canvas::autoArrangeSelection)
                .key("Shortcut+Shift+L").help("Lay out the selected frames, or everything, in a tidy grid");
        align = Arrays.stream(Alignment.values()).map(alignment -> EditorAction.of(
                "align-" + alignment.name().toLowerCase(Locale.ROOT),
                "Align " + alignment.name().charAt(0) + alignment.name().substring(1).toLowerCase(Locale.ROOT),
                () -> canvas.alignSelection(alignment))).toList();

        zoomIn = EditorAction.of("zoom-in", "Zoom In", canvas::zoomIn).key("Shortcut+Equals")
                .icon(MaterialDesignM.MAGNIFY_PLUS_OUTLINE).help("Zoom in");
        zoomOut = EditorAction.of("zoom-out", "Zoom Out", canvas::zoomOut).key("Shortcut+Minus")
                .icon(MaterialDesignM.MAGNIFY_MINUS_OUTLINE).help("Zoom out");
        actualSize = EditorAction.of("actual-size", "Actual Size (100 %)", canvas::zoomToActualSize).key("Shortcut+0");
        fit = EditorAction.of("fit", "Fit to Window", canvas::fitToWindow).key("Shortcut+9")
                .icon(MaterialDesignF.FIT_TO_PAGE_OUTLINE).help("Fit the whole topology in the window");
        toggleTheme = EditorAction.of("theme", "Switch Theme", theme::toggle).key("Shortcut+Shift+T")
                .icon(MaterialDesignT.THEME_LIGHT_DARK).help("Switch between light and dark");

        selectTool = tool("tool-select", "Select", canvas, CanvasTool.SELECT, "V")
                .icon(MaterialDesignC.CURSOR_DEFAULT_OUTLINE).help("Select and move (V)");
        addLocation = tool("tool-location", "Add Location", canvas, CanvasTool.ADD_LOCATION, "L")
                .icon(MaterialDesignM.MAP_MARKER_PLUS_OUTLINE).help("Add a location: click on empty canvas (L)");
        addDataCenter = tool("tool-data-center", "Add Data Center", canvas, CanvasTool.ADD_DATA_CENTER, "D")
                .icon(MaterialDesignD.DOMAIN_PLUS).help("Add a data center: click inside a location (D)");
        addServer = tool("tool-server", "Add Server", canvas, CanvasTool.ADD_SERVER, "S")
                .icon(MaterialDesignS.SERVER_PLUS).help("Add a server: click inside a data center (S)");

        shortcuts = EditorAction.of("shortcuts", "Keyboard Shortcuts", window::showShortcuts).key("Shortcut+Slash")
                .icon(MaterialDesignK.KEYBOARD_OUTLINE);
        about = EditorAction.of("about", "About Aegis Planner", window::showAbout).icon(MaterialDesignI.INFORMATION_OUTLINE);
    }

    private static EditorAction tool(String id, String text, TopologyCanvasView canvas, CanvasTool tool, String key) {
        return EditorAction.of(id, text, () -> canvas.toolProperty().set(tool)).key(key);
    }

    public List<EditorAction> tools() {
        return List.of(selectTool, addLocation, addDataCenter, addServer);
    }

    /** Every action with a shortcut, by menu, for the shortcuts sheet. */
    public List<Group> groups() {
        return List.of(
                new Group("File", List.of(newFile, open, save, saveAs, exportPng, copyImage, quit)),
                new Group("Edit", List.of(undo, redo, cut, copy, paste, duplicate, delete, rename, selectAll, autoArrange)),
                new Group("View", List.of(zoomIn, zoomOut, actualSize, fit, toggleTheme)),
                new Group("Tools (on the canvas)", tools()),
                new Group("Help", List.of(shortcuts)));
    }
}
