package dev.aegisplanner.model.validation;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** "did you mean 'lat'?" for a misspelt field name, when one known field is clearly meant. */
final class FieldSuggestion {

    private FieldSuggestion() {
    }

    /** {@code "; did you mean 'lat'?"}, or {@code ""} when no known field is close. */
    static String forName(String unknown, Set<String> known) {
        return closest(unknown, known).map(best -> "; did you mean '" + best + "'?").orElse("");
    }

    /** The known field within two edits of the unknown one (the smallest name on a tie), if any. */
    static Optional<String> closest(String unknown, Set<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(unknown, candidate);
            if (distance < bestDistance || (distance == bestDistance && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best != null && bestDistance <= 2 ? Optional.of(best) : Optional.empty();
    }

    /**
     * Edit distance, except that a field written in another case, or written out in full where the format
     * abbreviates ("latitude" for "lat"), counts as close.
     */
    private static int distance(String unknown, String candidate) {
        String a = unknown.toLowerCase(Locale.ROOT);
        String b = candidate.toLowerCase(Locale.ROOT);
        if (a.equals(b)) {
            return 0;
        }
        if (Math.min(a.length(), b.length()) >= 3 && (a.startsWith(b) || b.startsWith(a))) {
            return 1;
        }
        return levenshtein(a, b);
    }

    private static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
