package studio.thresho.asset;

import java.util.List;

/**
 * Whether an asset has every field the spec requires. {@code missing} says what keeps it a draft
 * ("Headshot missing", "4 of 6 character-sheet views", "Reference images missing").
 */
public record Completeness(boolean complete, List<String> missing) {

    public String summary() {
        return complete ? "Complete" : "Draft · " + String.join(", ", missing);
    }
}
