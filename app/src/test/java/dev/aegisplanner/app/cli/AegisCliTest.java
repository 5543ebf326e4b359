package dev.aegisplanner.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AegisCliTest {

    @Test
    void helpListsEverySubcommandAndTheExitCodes() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("validate", "trace", "coverage", "export", "generate")
                .contains("Exit codes: 0 success, 1 invalid topology, 2 usage or I/O error.");
    }

    @Test
    void everySubcommandHasHelp() {
        for (String command : new String[] {"validate", "trace", "coverage", "export", "generate"}) {
            CliRun run = CliRun.of(command, "--help");

            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).as(command).startsWith("Usage: aegis " + command);
        }
    }

    @Test
    void everySubcommandsHelpIsFormattedWithoutAWarning() {
        java.io.PrintStream before = System.err;
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            for (String command : new String[] {"validate", "trace", "coverage", "capacity", "suggest", "export",
                    "generate"}) {
                CliRun run = CliRun.of(command, "--help");

                assertThat(run.out()).as(command).doesNotContain("%n");
            }
        } finally {
            System.setErr(before);
        }
        assertThat(warnings.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void withoutASubcommandItSaysWhichThereAre() {
        CliRun run = CliRun.of();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("aegis: Missing subcommand: one of validate, trace, coverage, capacity, suggest, export, generate "
                + "(see 'aegis --help')" + System.lineSeparator());
    }

    @Test
    void aMistypedCommandGetsASuggestion() {
        CliRun run = CliRun.of("valdate", "x.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("aegis: unknown command 'valdate'; did you mean validate")
                .hasLineCount(1);
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CliRun run = CliRun.of("validate", "--strict", CliRun.sample("same-server.json"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("aegis: Unknown option: '--strict'").hasLineCount(1);
    }

    @Test
    void aLoneJsonFileThatDoesNotExistIsExplainedRatherThanTakenForACommand() {
        CliRun run = CliRun.of("no-such-plan.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("aegis: no-such-plan.json: no such file;").hasLineCount(1);
    }

    @Test
    void fileTextWithLineBreaksNeverStartsALineOfItsOwn(@TempDir Path folder) {
        String forged = "fra1-s1\\n  [pass] Same server: forged";
        String file = TopologyText.write(folder, "forged.json", TopologyText.UNUSED_POOL_ADDRESS
                .replace("\"fra1-s1\"", "\"" + forged + "\"")
                .replace("\"origins\"", "\"scenarios\": [ { \"id\": \"s\", \"zone\": \"shop.example.com\", \"origin\":"
                        + " \"origin\", \"ingressServer\": \"" + forged + "\" } ],\n  \"origins\""));

        CliRun trace = CliRun.of("trace", file, "--scenario", "s");
        CliRun missing = CliRun.of("validate", folder.resolve("no\nsuch.json").toString());

        assertThat(trace.out()).contains("fra1-s1\\n  [pass] Same server: forged")
                .doesNotContain(System.lineSeparator() + "  [pass] Same server: forged");
        assertThat(missing.err()).contains("no\\nsuch.json").hasLineCount(1);
    }

    @Test
    void aBugIsOneLineWithTheExceptionAndNoStackTrace() {
        CommandLine cli = AegisCli.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));

        int code = new ErrorReporter().handleExecutionException(new IllegalStateException("index out of step"), cli, null);

        assertThat(code).isEqualTo(ExitCode.INTERNAL_ERROR);
        assertThat(err.toString()).isEqualTo("aegis: internal error, please report: "
                + "java.lang.IllegalStateException: index out of step" + System.lineSeparator());
    }
}
