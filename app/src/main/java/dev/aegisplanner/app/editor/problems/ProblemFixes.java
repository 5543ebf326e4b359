package dev.aegisplanner.app.editor.problems;

import dev.aegisplanner.app.command.CommandStack;
import dev.aegisplanner.model.edit.UnknownFieldEdits;
import dev.aegisplanner.model.edit.UnknownFieldEdits.Fix;
import dev.aegisplanner.model.edit.UnknownFieldEdits.Outcome;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The quick fixes the Problems panel offers for a row: for a field the format does not know, "Rename to
 * 'regions'" when it is a near miss, and "Remove field 'region'". Each is one step on the undo stack; a rename
 * whose value the known field cannot hold changes nothing and says why.
 */
public final class ProblemFixes {

    /** One quick fix: what the menu says, and doing it, which gives why it could not be done, if it could not. */
    public record QuickFix(String label, Supplier<Optional<String>> apply) {
    }

    private final CommandStack commands;

    public ProblemFixes(CommandStack commands) {
        this.commands = commands;
    }

    /** The fixes for a row, for the topology shown now; none for most problems. */
    public List<QuickFix> of(ProblemRow row) {
        Optional<Fix> found = UnknownFieldEdits.of(commands.topology(), row.problem());
        if (found.isEmpty()) {
            return List.of();
        }
        Fix fix = found.get();
        List<QuickFix> fixes = new ArrayList<>(2);
        fix.meant().ifPresent(meant -> fixes.add(new QuickFix("Rename to '" + meant + "'",
                () -> rename(fix, meant))));
        fixes.add(new QuickFix("Remove field '" + fix.field() + "'", () -> {
            commands.execute("Remove field '" + fix.field() + "'",
                    t -> UnknownFieldEdits.remove(t, fix.owner(), fix.field()));
            return Optional.empty();
        }));
        return fixes;
    }

    private Optional<String> rename(Fix fix, String meant) {
        Topology before = commands.topology();
        Outcome outcome = UnknownFieldEdits.rename(before, fix.owner(), fix.field(), meant);
        if (outcome instanceof Outcome.Refused refused) {
            return Optional.of(refused.reason());
        }
        Topology after = ((Outcome.Applied) outcome).topology();
        commands.execute("Rename field '" + fix.field() + "' to '" + meant + "'", t -> t == before ? after : null);
        return Optional.empty();
    }
}
