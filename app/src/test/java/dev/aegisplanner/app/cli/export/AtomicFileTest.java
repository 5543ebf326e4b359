package dev.aegisplanner.app.cli.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path folder;

    @Test
    void theContentReplacesTheFileWhole() throws IOException {
        Path target = Files.writeString(folder.resolve("out.txt"), "old");

        AtomicFile.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(target).hasContent("new");
        assertThat(folder).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void whateverFailsTheOldFileStaysAndNoTemporaryFileIsLeft() throws IOException {
        Path target = Files.writeString(folder.resolve("out.txt"), "old");

        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("the engine gave up");
        })).hasMessage("the engine gave up");

        assertThat(target).hasContent("old");
        assertThat(folder).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void aMissingFolderIsReportedAsSuch() {
        assertThatThrownBy(() -> AtomicFile.write(folder.resolve("missing/out.txt"), out -> out.write(1)))
                .isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void anExportGetsThePermissionsAnyNewFileGetsNotPrivateOnes() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.createFile(folder.resolve("plain.txt"));

        Path target = folder.resolve("export.png");
        AtomicFile.write(target, out -> out.write(1));

        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(plain));
    }
}
