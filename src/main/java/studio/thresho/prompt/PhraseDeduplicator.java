package studio.thresho.prompt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes phrases the prompt would otherwise say twice, e.g. the environment's "at golden hour"
 * next to a lighting preset that starts "golden hour soft lighting". Phrases are the comma-separated
 * clauses of the parts, compared without case, punctuation and leading little words. A phrase goes
 * when a longer phrase elsewhere contains it (the more specific one stays) or when an equal phrase
 * comes earlier. Names and identities are never removed, but count as phrases others can repeat.
 */
final class PhraseDeduplicator {

    private static final Pattern CLAUSE_SEPARATOR = Pattern.compile("[,;]|\\.(?=\\s|$)");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> LEADING_FILLERS = Set.of("a", "an", "the", "and", "at", "in", "on", "of", "with", "during", "under");
    // A single word ("warm", "soft") repeats legitimately across sections; only phrases count as duplicates.
    private static final int MIN_WORDS = 2;

    private record Clause(int section, int part, int position, String text, List<String> words, boolean dedupable) {
    }

    List<SectionDraft> deduplicate(List<SectionDraft> sections) {
        List<Clause> clauses = clausesOf(sections);
        Set<Clause> redundant = new HashSet<>();
        for (Clause clause : clauses) {
            if (isRedundant(clause, clauses)) {
                redundant.add(clause);
            }
        }
        if (redundant.isEmpty()) {
            return sections;
        }
        List<SectionDraft> result = new ArrayList<>();
        for (int s = 0; s < sections.size(); s++) {
            List<Part> parts = new ArrayList<>();
            List<Part> original = sections.get(s).parts();
            for (int p = 0; p < original.size(); p++) {
                parts.add(withoutRedundant(original.get(p), s, p, clauses, redundant));
            }
            result.add(sections.get(s).withParts(parts));
        }
        return result;
    }

    private static List<Clause> clausesOf(List<SectionDraft> sections) {
        List<Clause> clauses = new ArrayList<>();
        for (int s = 0; s < sections.size(); s++) {
            List<Part> parts = sections.get(s).parts();
            for (int p = 0; p < parts.size(); p++) {
                for (String text : CLAUSE_SEPARATOR.split(parts.get(p).text())) {
                    if (!text.isBlank()) {
                        clauses.add(new Clause(s, p, clauses.size(), text.trim(), words(text), parts.get(p).dedupable()));
                    }
                }
            }
        }
        return clauses;
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>(
                Arrays.stream(NON_WORD.split(text.toLowerCase(Locale.ROOT))).filter(word -> !word.isEmpty()).toList());
        while (!words.isEmpty() && LEADING_FILLERS.contains(words.getFirst())) {
            words.removeFirst();
        }
        return words;
    }

    private static boolean isRedundant(Clause clause, List<Clause> all) {
        if (!clause.dedupable() || clause.words().size() < MIN_WORDS) {
            return false;
        }
        for (Clause other : all) {
            if (other == clause || !containsInOrder(other.words(), clause.words())) {
                continue;
            }
            boolean longer = other.words().size() > clause.words().size();
            if (longer || !other.dedupable() || other.position() < clause.position()) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsInOrder(List<String> haystack, List<String> needle) {
        return java.util.Collections.indexOfSubList(haystack, needle) >= 0;
    }

    /** The part with its redundant clauses removed; {@code null} when none is left. */
    private static Part withoutRedundant(Part part, int section, int index, List<Clause> clauses, Set<Clause> redundant) {
        List<Clause> own = clauses.stream().filter(clause -> clause.section() == section && clause.part() == index).toList();
        if (own.stream().noneMatch(redundant::contains)) {
            return part;
        }
        String rest = Text.clean(String.join(", ", own.stream().filter(clause -> !redundant.contains(clause)).map(Clause::text).toList()));
        return rest == null ? null : part.withText(rest);
    }
}
