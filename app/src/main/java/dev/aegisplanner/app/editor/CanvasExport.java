package dev.aegisplanner.app.editor;

import dev.aegisplanner.app.editor.tasks.BackgroundWork;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.BiConsumer;
import javafx.concurrent.Task;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javax.imageio.ImageIO;

/**
 * File > Export > Canvas as PNG: the canvas as it is on screen. The picture is taken on the FX thread
 * (it must be); encoding and writing happen in the background, through a temporary file so a failed
 * export never leaves half an image behind.
 */
final class CanvasExport {

    private CanvasExport() {
    }

    static void exportPng(Window owner, Node canvas, String baseName, BackgroundWork work,
                          BiConsumer<Path, String> failed) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export canvas as PNG");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image (*.png)", "*.png"));
        chooser.setInitialFileName(baseName.replaceAll("\\.json$", "") + ".png");
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return;
        }
        Path target = chosen.toPath();
        WritableImage image = canvas.snapshot(null, null);
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws IOException {
                updateMessage("Exporting " + target.getFileName() + "...");
                updateProgress(-1, 1);
                Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), ".export-", ".png");
                try {
                    ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", temp.toFile());
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(temp);
                }
                return null;
            }
        };
        task.setOnFailed(event -> failed.accept(target, String.valueOf(task.getException().getMessage())));
        work.run(task);
    }
}
