package dev.aegisplanner.app.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForAsyncFx;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** File > Export offers every format of {@code aegis export}, and the picture goes to the clipboard by key. */
@ExtendWith(ApplicationExtension.class)
class ExportMenuTest {

    private EditorHarness harness;

    @Start
    void start(Stage stage) throws IOException {
        harness = new EditorHarness(EditorFixtures.fiveMetros());
        harness.start(stage);
    }

    @BeforeEach
    void opened() throws TimeoutException {
        harness.awaitOpened();
    }

    @Test
    void theExportMenuOffersEveryFormatAndTheClipboard(FxRobot robot) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        Menu export = bar.getMenus().get(0).getItems().stream().filter(i -> "menu-export".equals(i.getId()))
                .map(Menu.class::cast).findFirst().orElseThrow();

        assertThat(export.getItems()).extracting(MenuItem::getId).containsExactly("menu-export-png", "menu-export-svg",
                "menu-export-mermaid", "menu-export-dot", "menu-export-config", null, "menu-copy-image");
    }

    @Test
    void theCopyImageShortcutPutsTheDrawingOnTheClipboard(FxRobot robot) throws TimeoutException {
        waitForAsyncFx(5_000, () -> Clipboard.getSystemClipboard().setContent(new ClipboardContent()));

        robot.clickOn("#canvas").press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT,
                KeyCode.CONTROL);

        waitFor(20, TimeUnit.SECONDS, () -> waitForAsyncFx(5_000, () -> Clipboard.getSystemClipboard().hasImage()));
        assertThat(waitForAsyncFx(5_000, () -> Clipboard.getSystemClipboard().getImage().getWidth())).isEqualTo(1600);
    }
}
