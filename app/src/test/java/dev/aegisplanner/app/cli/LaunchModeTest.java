package dev.aegisplanner.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchModeTest {

    @TempDir
    Path folder;

    @Test
    void noArgumentsOpenTheEditor() {
        assertThat(LaunchMode.of()).isEqualTo(LaunchMode.EDITOR);
    }

    @Test
    void aSingleExistingJsonFileOpensTheEditorOnIt() throws IOException {
        Path file = Files.writeString(folder.resolve("plan.json"), "{}");
        Path upperCase = Files.writeString(folder.resolve("PLAN2.JSON"), "{}");

        assertThat(LaunchMode.of(file.toString())).isEqualTo(LaunchMode.EDITOR);
        assertThat(LaunchMode.of(upperCase.toString())).isEqualTo(LaunchMode.EDITOR);
    }

    @Test
    void aJsonFileThatDoesNotExistGoesToTheCommandLineToBeExplained() {
        assertThat(LaunchMode.of(folder.resolve("missing.json").toString())).isEqualTo(LaunchMode.COMMAND_LINE);
    }

    @Test
    void aFolderNamedLikeAJsonFileIsNoFileToOpen() throws IOException {
        Path dir = Files.createDirectory(folder.resolve("plans.json"));

        assertThat(LaunchMode.of(dir.toString())).isEqualTo(LaunchMode.COMMAND_LINE);
    }

    @Test
    void anExistingFileThatIsNotJsonIsNotOpened() throws IOException {
        Path file = Files.writeString(folder.resolve("notes.txt"), "hello");

        assertThat(LaunchMode.of(file.toString())).isEqualTo(LaunchMode.COMMAND_LINE);
    }

    @Test
    void subcommandsOptionsAndSeveralArgumentsGoToTheCommandLine() throws IOException {
        Path file = Files.writeString(folder.resolve("plan.json"), "{}");

        assertThat(LaunchMode.of("validate", file.toString())).isEqualTo(LaunchMode.COMMAND_LINE);
        assertThat(LaunchMode.of("--help")).isEqualTo(LaunchMode.COMMAND_LINE);
        assertThat(LaunchMode.of("trace")).isEqualTo(LaunchMode.COMMAND_LINE);
        assertThat(LaunchMode.of(file.toString(), file.toString())).isEqualTo(LaunchMode.COMMAND_LINE);
    }

    @Test
    void aPathTheFileSystemCannotNameIsNotAFile() {
        assertThat(LaunchMode.of("bad\0name.json")).isEqualTo(LaunchMode.COMMAND_LINE);
    }

    @Test
    void isCommandLineAgreesWithTheLaunchMode() {
        assertThat(AegisCli.isCommandLine(new String[0])).isFalse();
        assertThat(AegisCli.isCommandLine(new String[] {"validate"})).isTrue();
    }
}
