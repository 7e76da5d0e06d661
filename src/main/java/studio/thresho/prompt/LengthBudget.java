package studio.thresho.prompt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Fits a prompt into a provider's length: drops parts stage by stage ({@link TrimStage}), nearest
 * the end of the prompt first, until it fits; if it still does not, cuts the text at a word
 * boundary, keeping the brand tag at the end.
 */
final class LengthBudget {

    private static final Pattern DANGLING = Pattern.compile("(?i)(?:[\\s,]+(?:a|an|the|and|or|of|with|in|at|on|to))+[\\s,]*$");

    private final int maxLength;

    LengthBudget(int maxLength) {
        this.maxLength = maxLength;
    }

    record Fitted(List<PromptSection> sections, List<String> trimmed) {

        String prompt() {
            return String.join(" ", sections.stream().map(PromptSection::text).toList());
        }
    }

    /** Parts of one section that go together, e.g. all of the style. */
    private record Drop(TrimStage stage, int section, int lastPart, String label, Set<String> keys) {
    }

    Fitted fit(List<SectionDraft> drafts) {
        List<SectionDraft> current = new ArrayList<>(drafts);
        List<String> trimmed = new ArrayList<>();
        for (Drop drop : dropsInOrder(drafts)) {
            if (length(rendered(current)) <= maxLength) {
                break;
            }
            SectionDraft section = current.get(drop.section());
            current.set(drop.section(), section.withParts(
                    section.parts().stream().filter(part -> !drop.keys().contains(part.key())).toList()));
            trimmed.add(drop.label());
        }
        List<PromptSection> sections = rendered(current);
        if (length(sections) > maxLength) {
            sections = cut(sections);
            trimmed.add("text cut at a word boundary to fit " + maxLength + " characters");
        }
        return new Fitted(sections, trimmed);
    }

    private static List<Drop> dropsInOrder(List<SectionDraft> drafts) {
        List<Drop> drops = new ArrayList<>();
        for (int s = 0; s < drafts.size(); s++) {
            Map<Part.Trim, Drop> byTrim = new LinkedHashMap<>();
            List<Part> parts = drafts.get(s).parts();
            for (int p = 0; p < parts.size(); p++) {
                Part part = parts.get(p);
                if (part.trim() != null) {
                    Drop earlier = byTrim.get(part.trim());
                    Set<String> keys = new LinkedHashSet<>(earlier == null ? Set.of() : earlier.keys());
                    keys.add(part.key());
                    byTrim.put(part.trim(), new Drop(part.trim().stage(), s, p, part.trim().label(), keys));
                }
            }
            drops.addAll(byTrim.values());
        }
        drops.sort(Comparator.comparing(Drop::stage)
                .thenComparing(Comparator.comparingInt(Drop::section).reversed())
                .thenComparing(Comparator.comparingInt(Drop::lastPart).reversed()));
        return drops;
    }

    private static List<PromptSection> rendered(List<SectionDraft> drafts) {
        return drafts.stream().map(draft -> new PromptSection(draft.kind(), draft.render(), draft.sourceVersionId()))
                .filter(section -> !section.text().isEmpty()).toList();
    }

    private static int length(List<PromptSection> sections) {
        return sections.stream().mapToInt(section -> section.text().length() + 1).sum() - (sections.isEmpty() ? 0 : 1);
    }

    /** Keeps whole sections while they fit, cuts the next at a word boundary, and ends with the brand tag if it fits. */
    private List<PromptSection> cut(List<PromptSection> sections) {
        PromptSection brand = sections.getLast().kind() == SectionKind.BRAND && sections.getLast().text().length() < maxLength
                ? sections.getLast() : null;
        int budget = brand == null ? maxLength : maxLength - brand.text().length() - 1;
        List<PromptSection> kept = new ArrayList<>();
        int used = 0;
        for (PromptSection section : sections) {
            if (section.kind() == SectionKind.BRAND) {
                continue;
            }
            int separator = kept.isEmpty() ? 0 : 1;
            if (used + separator + section.text().length() <= budget) {
                kept.add(section);
                used += separator + section.text().length();
                continue;
            }
            String head = cutAtWord(section.text(), budget - used - separator);
            if (head != null) {
                kept.add(new PromptSection(section.kind(), head, section.sourceVersionId()));
            }
            break;
        }
        if (brand != null) {
            kept.add(brand);
        }
        return kept;
    }

    /**
     * The longest head of the text that ends at a word boundary and, with a closing period, fits the
     * limit; at a clause boundary when that keeps at least half of it, and never ending on "a" or "with".
     */
    static String cutAtWord(String text, int limit) {
        if (limit < 2) {
            return null;
        }
        String head = text.substring(0, limit - 1);
        if (!Character.isWhitespace(text.charAt(limit - 1))) {
            int clause = head.lastIndexOf(", ");
            int space = head.lastIndexOf(' ');
            head = clause >= head.length() / 2 ? head.substring(0, clause) : space <= 0 ? "" : head.substring(0, space);
        }
        int open = head.lastIndexOf('(');
        if (open > head.lastIndexOf(')')) {
            head = head.substring(0, open);
        }
        String cleaned = Text.clean(DANGLING.matcher(head).replaceFirst(""));
        return cleaned == null ? null : cleaned + ".";
    }
}
