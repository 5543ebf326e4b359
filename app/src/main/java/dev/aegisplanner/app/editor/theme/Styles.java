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
    public static final String LEFT_COLUMN = "left-column";
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
    public static final String READ_ONLY_VALUE = "read-only-value";
    public static final String STATUS_ITEM = "status-item";
    public static final String STATUS_TASK = "status-task";
    public static final String STATUS_PROGRESS = "status-progress";

    // Dialogs
    public static final String DIALOG = "app-dialog";
    public static final String DIALOG_CONTENT = "dialog-content";
    public static final String POSITION = "position";
    public static final String SHORTCUTS_GRID = "shortcuts-grid";
    public static final String KEY_CAP = "key-cap";

    // Trace panel, centre views, presentation
    public static final String CENTRE_VIEWS = "centre-views";
    public static final String BOTTOM_DOCK = "bottom-dock";
    public static final String TRACE_PANEL = "trace-panel";
    public static final String TRACE_FORM = "trace-form";
    public static final String TRACE_FORM_SCROLL = "trace-form-scroll";
    public static final String TRACE_FIELD_LABEL = "trace-field-label";
    public static final String TRACE_SUMMARY = "trace-summary";
    public static final String TRACE_HEADLINE = "trace-headline";
    public static final String TRACE_EGRESS = "trace-egress";
    public static final String TRACE_OUTCOME = "trace-outcome";
    public static final String TRACE_REASON = "trace-reason";
    public static final String IP_CHIP = "ip-chip";
    public static final String TIER_BADGE = "tier-badge";
    public static final String TIER_DOT = "tier-dot";
    public static final String TIER_LADDER = "tier-ladder";
    public static final String TIER_STEP = "tier-step";
    public static final String CALLOUT = "callout";
    public static final String TRACE_BODY = "trace-body";
    public static final String TRACE_EVENTS = "trace-events";
    public static final String TRACE_CHECKS = "trace-checks";
    public static final String TRACE_CHECKS_COLUMN = "trace-checks-column";
    public static final String CHECK_ROW = "check-row";
    public static final String CHECK_NAME = "check-name";
    public static final String CHECK_REASON = "check-reason";
    public static final String TRACE_MESSAGE = "trace-message";
    public static final String PLAY_BUTTON = "play-button";
    public static final String SPEED_SLIDER = "speed-slider";
    public static final String SPEED_TEXT = "speed-text";
    public static final String PRESENTATION = "presentation";
    public static final String PRESENTATION_TOP = "presentation-top";
    public static final String PRESENTATION_CARD = "presentation-card";
    public static final String PRESENTATION_POSITION = "presentation-position";
    public static final String PRESENTATION_TITLE = "presentation-title";
    public static final String PRESENTATION_CAPTION = "presentation-caption";
    public static final String PRESENTATION_OUTCOME = "presentation-outcome";
    public static final String PRESENTATION_FOOTER = "presentation-footer";
    public static final String PRESENTATION_KEYS = "presentation-keys";
    public static final String CHECKS_CARD = "checks-card";
    public static final String HOP_STRIP = "hop-strip";
    public static final String HOP_STATION = "hop-station";
    public static final String HOP_LINK = "hop-link";
    public static final String HOP_LINK_FILL = "hop-link-fill";

    // Meanings (colour only)
    public static final String ERROR = "error";
    public static final String WARNING = "warning";
    public static final String SUCCESS = "success";

    /** A hop the packet has passed or reached, the hop it is at, the check lit last. */
    public static final PseudoClass REACHED = PseudoClass.getPseudoClass("reached");
    public static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    public static final PseudoClass LATEST = PseudoClass.getPseudoClass("latest");

    /** An address a server holds that no pool has. */
    public static final PseudoClass FOREIGN = PseudoClass.getPseudoClass("foreign");

    private Styles() {
    }
}
