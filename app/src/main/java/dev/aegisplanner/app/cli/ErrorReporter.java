package dev.aegisplanner.app.cli;

import dev.aegisplanner.model.validation.Printable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * Turns every failure into one line on stderr, {@code aegis: ...}, and an exit code. A planner running the
 * command line should never see a stack trace: usage mistakes say what to type instead, I/O problems name
 * the file, and a bug says which exception escaped so it can be reported. Whatever the line quotes (a file
 * name, a value from the file) is kept on that one line ({@link Printable}).
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {

    static final String PREFIX = "aegis: ";

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        String help = " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')";
        String message = isMissingEditorFile(ex, args)
                ? args[0] + ": no such file; the editor opens an existing topology file" + help
                : problem(ex) + suggestion(ex) + help;
        cmd.getErr().println(PREFIX + Printable.text(message));
        cmd.getErr().flush();
        return ExitCode.USAGE_OR_IO;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        int code;
        if (ex instanceof CliFailure failure) {
            err.println(PREFIX + Printable.text(failure.getMessage()));
            code = failure.exitCode();
        } else if (ex instanceof IOException || ex instanceof UncheckedIOException) {
            err.println(PREFIX + Printable.text(ex.getMessage()));
            code = ExitCode.USAGE_OR_IO;
        } else {
            err.println(PREFIX + "internal error, please report: " + Printable.text(String.valueOf(ex)));
            code = ExitCode.INTERNAL_ERROR;
        }
        err.flush();
        return code;
    }

    /** {@code aegis shop.json} where shop.json does not exist: the user wanted the editor, not a subcommand. */
    private static boolean isMissingEditorFile(ParameterException ex, String[] args) {
        return ex instanceof UnmatchedArgumentException && ex.getCommandLine().getParent() == null
                && args.length == 1 && args[0].toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** Picocli's message without its "Error: " prefix; an unknown first word is an unknown command. */
    private static String problem(ParameterException ex) {
        if (ex instanceof UnmatchedArgumentException unmatched && ex.getCommandLine().getParent() == null
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
            return "unknown command '" + unmatched.getUnmatched().get(0) + "'";
        }
        String message = ex.getMessage();
        return message.startsWith("Error: ") ? message.substring("Error: ".length()) : message;
    }

    private static String suggestion(ParameterException ex) {
        if (ex instanceof UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                return "; did you mean " + String.join(" or ", suggestions) + "?";
            }
        }
        return "";
    }
}
