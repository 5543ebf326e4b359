package dev.aegisplanner.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.aegisplanner.model.io.AtomicFiles.Previous;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file Aegis Planner writes is replaced whole or not at all, wherever it is and whatever fails. */
class AtomicFilesTest {

    @TempDir
    Path folder;

    private static AtomicFiles.Content text(String s) {
        return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theContentReplacesTheFileWholeAndNoTemporaryFileStays() throws IOException {
        Path target = Files.writeString(folder.resolve("out.txt"), "old");

        AtomicFiles.write(target, text("new"), Previous.DISCARD);

        assertThat(target).hasContent("new");
        assertThat(names()).containsExactly("out.txt");
    }

    @Test
    void whateverFailsTheOldFileStaysAndNoTemporaryFileIsLeft() throws IOException {
        Path target = Files.writeString(folder.resolve("out.txt"), "old");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("the engine gave up");
        }, Previous.KEEP_AS_BACKUP)).hasMessage("the engine gave up");

        assertThat(target).hasContent("old");
        assertThat(names()).containsExactly("out.txt");
    }

    @Test
    void thePreviousVersionIsKeptAsABackupBesideTheFile() throws IOException {
        Path target = Files.writeString(folder.resolve("plan.json"), "version 1");

        AtomicFiles.write(target, text("version 2"), Previous.KEEP_AS_BACKUP);
        AtomicFiles.write(target, text("version 3"), Previous.KEEP_AS_BACKUP);

        assertThat(target).hasContent("version 3");
        assertThat(AtomicFiles.backupOf(target)).hasFileName("plan.json~").hasContent("version 2");
        assertThat(names()).containsExactlyInAnyOrder("plan.json", "plan.json~");
    }

    @Test
    void writingThroughASymbolicLinkWritesItsTargetAndKeepsTheLink() throws IOException {
        Path real = Files.createDirectories(folder.resolve("plans")).resolve("plan.json");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(folder.resolve("current.json"), Path.of("plans", "plan.json"));

        AtomicFiles.write(link, text("new"), Previous.KEEP_AS_BACKUP);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).hasContent("new");
        assertThat(real.resolveSibling("plan.json~")).hasContent("old");
        assertThat(names()).containsExactlyInAnyOrder("current.json", "plans");
    }

    @Test
    void aLinkToAFileNotYetThereCreatesIt() throws IOException {
        Path link = Files.createSymbolicLink(folder.resolve("current.json"), folder.resolve("new.json"));

        AtomicFiles.write(link, text("first"), Previous.KEEP_AS_BACKUP);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(folder.resolve("new.json")).hasContent("first");
    }

    @Test
    void temporaryFilesLeftByAnInterruptedWriteAreRemovedByTheNextOne() throws IOException {
        Path target = Files.writeString(folder.resolve("plan.json"), "old");
        Path stale = Files.writeString(folder.resolve(".plan.json.5e1f0a2b.tmp"), "half a save");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(AtomicFiles.STALE).minusSeconds(5)));
        Path fresh = Files.writeString(folder.resolve(".plan.json.77aa.tmp"), "another save, right now");
        Path notOurs = Files.writeString(folder.resolve(".other.json.5e1f0a2b.tmp"), "someone else's");
        Files.setLastModifiedTime(notOurs, FileTime.from(Instant.now().minusSeconds(3600)));

        AtomicFiles.write(target, text("new"), Previous.DISCARD);

        assertThat(stale).doesNotExist();
        assertThat(fresh).as("a write that may still be going on").exists();
        assertThat(notOurs).exists();
    }

    @Test
    void aMissingFolderAndAFolderInTheWayAreSaidInWords() throws IOException {
        Path inMissing = folder.resolve("missing").resolve("out.txt");
        Path folderInTheWay = Files.createDirectory(folder.resolve("out.json"));

        assertThatThrownBy(() -> AtomicFiles.write(inMissing, text("x"), Previous.DISCARD))
                .isInstanceOf(AtomicFiles.Failure.class)
                .hasMessage("the folder " + inMissing.getParent() + " does not exist");
        assertThatThrownBy(() -> AtomicFiles.write(folderInTheWay, text("x"), Previous.DISCARD))
                .hasMessage("it is a folder");
    }

    @Test
    void aNewFileGetsThePermissionsAnyNewFileGetsNotPrivateOnes() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.createFile(folder.resolve("plain.txt"));

        Path target = folder.resolve("export.png");
        AtomicFiles.write(target, out -> out.write(1), Previous.DISCARD);

        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    private java.util.List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
