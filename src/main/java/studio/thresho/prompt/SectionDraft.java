package studio.thresho.prompt;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A section before it is written out: its parts, and the grammar that turns whichever parts are
 * left into sentences.
 */
record SectionDraft(SectionKind kind, UUID sourceVersionId, List<Part> parts, Grammar grammar) {

    @FunctionalInterface
    interface Grammar {
        String render(Parts parts);
    }

    /** Read access to a draft's parts by key; an absent part reads as {@code null}. */
    record Parts(List<Part> parts) {

        String get(String key) {
            return parts.stream().filter(part -> part.key().equals(key)).map(Part::text).findFirst().orElse(null);
        }

        /** The texts of the parts whose key starts with the prefix, in order. */
        List<String> all(String prefix) {
            return parts.stream().filter(part -> part.key().startsWith(prefix)).map(Part::text).toList();
        }
    }

    /** A draft of the parts that have text, in the order given. */
    static SectionDraft of(SectionKind kind, UUID sourceVersionId, List<Part> parts, Grammar grammar) {
        List<Part> present = parts.stream().filter(part -> part.text() != null && !part.text().isBlank()).toList();
        return new SectionDraft(kind, sourceVersionId, present, grammar);
    }

    String render() {
        return Text.tidy(grammar.render(new Parts(parts)));
    }

    SectionDraft withParts(List<Part> newParts) {
        return new SectionDraft(kind, sourceVersionId, newParts.stream().filter(Objects::nonNull).toList(), grammar);
    }
}
