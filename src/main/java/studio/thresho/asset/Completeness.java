package studio.thresho.asset;

import java.util.List;

/**
 * Whether an asset has every field the spec requires. {@code missing} says what keeps it a draft
 * ("Headshot missing", "4 of 6 character-sheet views"); {@code notes} are hints that do not
 * ("No reference image yet" for a lighting setup).
 */
public record Completeness(boolean complete, List<String> missing, List<String> notes) {

    public String summary() {
        if (complete) {
            return notes.isEmpty() ? "Complete" : "Complete · " + String.join(", ", notes);
        }
        return "Draft · " + String.join(", ", missing);
    }
}
