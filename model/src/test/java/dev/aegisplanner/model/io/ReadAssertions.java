package dev.aegisplanner.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.validation.Problem;
import java.util.List;

/** Short ways to look at what a read found, so tests state the problem as the command line prints it. */
public final class ReadAssertions {

    private ReadAssertions() {
    }

    /** The one problem with this code; fails when there is none or more than one. */
    public static Problem only(ReadResult result, String code) {
        List<Problem> withCode = result.problems().stream().filter(p -> p.code().equals(code)).toList();
        assertThat(withCode).as("problems with code %s among %s", code, formatted(result)).hasSize(1);
        return withCode.get(0);
    }

    /** Every problem as {@code pointer line:column severity: message}, in the order reported. */
    public static List<String> formatted(ReadResult result) {
        return result.problems().stream().map(Problem::format).toList();
    }

    public static List<String> codes(ReadResult result) {
        return result.problems().stream().map(Problem::code).toList();
    }
}
