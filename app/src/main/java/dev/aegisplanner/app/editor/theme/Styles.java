package dev.aegisplanner.app.editor.theme;

import javafx.css.PseudoClass;

/**
 * The style classes of the editor's stylesheet ({@code assets/styles/editor.css}). Java only ever sets
 * these; every colour, size and gap is in the stylesheet, in the theme's looked-up colours.
 */
public final class Styles {

    // Window regions
    public static final String WORKSPACE = "workspace";
    public static final String MAIN_TOOLBAR = "main-toolbar";
    public static final String CANVAS_AREA = "canvas-area";
    public static final String OVERVIEW = "overview";
    public static final String SIDE_TABS = "side-tabs";
    public static final String SIDE_PANEL = "side-panel";
    public static final String PROPERTIES_PANEL = "properties-panel";
    public static final String PROBLEMS_PANEL = "problems-panel";
    public static final String PROBLEMS_TABLE = "problems-table";
    public static final String CHECKLIST_PANEL = "checklist-panel";
    public static final String STATUS_BAR = "status-bar";

    // Panel parts
    public static final String PANEL_HEADER = "panel-header";
    public static final String PANEL_TITLE = "panel-title";
    public static final String PANEL_TOOLBAR = "panel-toolbar";
    public static final String SECTION_TITLE = "section-title";
    public static final String HINT = "hint";
    public static final String PLACEHOLDER = "placeholder";
    public static final String LIST_ROW = "list-row";
    public static final String ROW_TITLE = "row-title";
    public static final String DETAIL = "detail";
    public static final String INPUT_ROW = "input-row";
    public static final String CHECKLIST = "checklist";
    public static final String CHECKLIST_ROW = "checklist-row";
    public static final String COUNT_CHIP = "count-chip";

    // Controls
    public static final String ICON = "app-icon";
    public static final String TOOL_BUTTON = "tool-button";
    public static final String FLAT_BUTTON = "flat";
    public static final String FIELD_EDITOR = "field-editor";
    public static final String FIELD_PROBLEM = "field-problem";
    public static final String STATUS_ITEM = "status-item";
    public static final String STATUS_TASK = "status-task";
    public static final String STATUS_PROGRESS = "status-progress";

    // Dialogs
    public static final String DIALOG = "app-dialog";
    public static final String DIALOG_CONTENT = "dialog-content";
    public static final String POSITION = "position";
    public static final String SHORTCUTS_GRID = "shortcuts-grid";
    public static final String KEY_CAP = "key-cap";

    // Meanings (colour only)
    public static final String ERROR = "error";
    public static final String WARNING = "warning";
    public static final String SUCCESS = "success";

    /** An address a server holds that no pool has. */
    public static final PseudoClass FOREIGN = PseudoClass.getPseudoClass("foreign");

    private Styles() {
    }
}
