package dev.aegisplanner.app.editor.actions;

import dev.aegisplanner.app.editor.files.DocumentFiles;
import dev.aegisplanner.app.editor.files.Sample;
import dev.aegisplanner.app.editor.theme.Theme;
import dev.aegisplanner.app.editor.theme.ThemeManager;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/** The menu bar: File, Edit, View, Help. */
public final class MenuBarBuilder {

    private MenuBarBuilder() {
    }

    /**
     * @param panels the window's panels by title ("Side Panels", "Properties", ...), shown while true, with
     *     the shortcut that toggles each
     * @param views the View menu's items for choosing the centre view and presenting, first in the menu
     * @param more menus of their own (Trace), between View and Help
     */
    public static MenuBar build(EditorActions a, DocumentFiles files, List<Sample> samples, ThemeManager theme,
                                Map<String, PanelToggle> panels, List<MenuItem> views, List<Menu> more) {
        MenuBar bar = new MenuBar();
        bar.setId("menu-bar");
        bar.setUseSystemMenuBar(true);
        bar.getMenus().addAll(fileMenu(a, files, samples), editMenu(a), viewMenu(a, theme, panels, views));
        bar.getMenus().addAll(more);
        bar.getMenus().add(helpMenu(a));
        return bar;
    }

    /** A panel the View menu shows and hides. */
    public record PanelToggle(BooleanProperty shown, String accelerator) {
    }

    private static Menu fileMenu(EditorActions a, DocumentFiles files, List<Sample> samples) {
        Menu sampleMenu = new Menu("Open Sample");
        sampleMenu.setId("menu-samples");
        for (Sample sample : samples) {
            MenuItem item = new MenuItem(sample.title());
            item.setId("sample-" + sample.fileName());
            item.setOnAction(event -> files.openSample(sample));
            sampleMenu.getItems().add(item);
        }
        sampleMenu.setDisable(samples.isEmpty());

        Menu recent = new Menu("Open Recent");
        recent.setId("menu-recent");
        Runnable fillRecent = () -> fillRecent(recent, files);
        files.recent().files().addListener((ListChangeListener<Path>) change -> fillRecent.run());
        fillRecent.run();

        Menu export = new Menu("Export");
        export.setId("menu-export");
        export.getItems().addAll(Controls.menuItem(a.exportPng), Controls.menuItem(a.exportSvg),
                Controls.menuItem(a.exportMermaid), Controls.menuItem(a.exportDot), Controls.menuItem(a.exportConfig),
                new SeparatorMenuItem(), Controls.menuItem(a.copyImage));

        Menu menu = new Menu("_File");
        menu.getItems().addAll(Controls.menuItem(a.newFile), Controls.menuItem(a.open), sampleMenu, recent,
                new SeparatorMenuItem(), Controls.menuItem(a.save), Controls.menuItem(a.saveAs), export,
                new SeparatorMenuItem(), Controls.menuItem(a.recoverUnsaved), new SeparatorMenuItem(),
                Controls.menuItem(a.quit));
        return menu;
    }

    private static void fillRecent(Menu recent, DocumentFiles files) {
        recent.getItems().clear();
        for (Path file : files.recent().files()) {
            MenuItem item = new MenuItem(file.getFileName() + "  \u2014  " + file.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(event -> files.open(file));
            recent.getItems().add(item);
        }
        if (!recent.getItems().isEmpty()) {
            MenuItem clear = new MenuItem("Clear Recent");
            clear.setOnAction(event -> files.recent().clear());
            recent.getItems().addAll(new SeparatorMenuItem(), clear);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    private static Menu editMenu(EditorActions a) {
        Menu menu = new Menu("_Edit");
        menu.setId("menu-edit");
        menu.getItems().addAll(Controls.menuItem(a.undo), Controls.menuItem(a.redo), new SeparatorMenuItem(),
                Controls.menuItem(a.cut), Controls.menuItem(a.copy), Controls.menuItem(a.paste),
                Controls.menuItem(a.duplicate), Controls.menuItem(a.delete), Controls.menuItem(a.rename),
                new SeparatorMenuItem(), Controls.menuItem(a.selectAll), alignMenu(a), Controls.menuItem(a.autoArrange));
        return menu;
    }

    /** Lines the selected elements up inside their frame: against an edge or the centre of their bounds. */
    private static Menu alignMenu(EditorActions a) {
        Menu menu = new Menu("_Align");
        menu.setId("menu-align");
        a.align.forEach(action -> menu.getItems().add(Controls.menuItem(action)));
        return menu;
    }

    private static Menu viewMenu(EditorActions a, ThemeManager theme, Map<String, PanelToggle> panels,
                                 List<MenuItem> views) {
        Menu menu = new Menu("_View");
        menu.setId("menu-view");
        menu.getItems().addAll(views);
        menu.getItems().add(new SeparatorMenuItem());
        menu.getItems().addAll(Controls.menuItem(a.zoomIn), Controls.menuItem(a.zoomOut),
                Controls.menuItem(a.actualSize), Controls.menuItem(a.fit), new SeparatorMenuItem());
        panels.forEach((title, toggle) -> {
            CheckMenuItem item = new CheckMenuItem(title);
            item.setId("menu-panel-" + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
            item.selectedProperty().bindBidirectional(toggle.shown());
            item.setAccelerator(KeyCombination.valueOf(toggle.accelerator()));
            menu.getItems().add(item);
        });
        menu.getItems().add(new SeparatorMenuItem());
        ToggleGroup looks = new ToggleGroup();
        for (Theme look : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(look.title() + " Theme");
            item.setId("menu-theme-" + look.name().toLowerCase(java.util.Locale.ROOT));
            item.setToggleGroup(looks);
            item.setSelected(theme.themeProperty().get() == look);
            theme.themeProperty().addListener((obs, old, now) -> item.setSelected(now == look));
            item.setOnAction(event -> theme.apply(look));
            menu.getItems().add(item);
        }
        menu.getItems().add(Controls.menuItem(a.toggleTheme));
        return menu;
    }

    private static Menu helpMenu(EditorActions a) {
        Menu menu = new Menu("_Help");
        menu.getItems().addAll(Controls.menuItem(a.shortcuts), new SeparatorMenuItem(), Controls.menuItem(a.about));
        return menu;
    }
}
