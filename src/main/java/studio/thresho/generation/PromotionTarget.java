package studio.thresho.generation;

import java.util.UUID;

/** An asset a result can be saved into, as a picker lists it. */
public record PromotionTarget(UUID lineageId, String name, String categoryName, boolean global, String thumbnailUrl) {

    /** "Marcus (Lead Barber) · Talent", with "· global" for the global library's assets. */
    public String label() {
        return name + " · " + categoryName + (global ? " · global" : "");
    }
}
