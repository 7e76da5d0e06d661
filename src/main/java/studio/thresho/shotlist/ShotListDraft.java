package studio.thresho.shotlist;

import java.util.UUID;

/**
 * What a list's settings dialog saves.
 *
 * @param expectedLockVersion the version the editor started from; null for a new list
 */
public record ShotListDraft(String name, String description, ShotListStatus status, UUID brandProfileId, String defaultProviderId,
                            Long expectedLockVersion) {

    public static ShotListDraft named(String name) {
        return new ShotListDraft(name, null, ShotListStatus.DRAFT, null, null, null);
    }
}
