package studio.thresho.security;

import java.util.UUID;

/** Who is using the app right now. */
public record SignedInUser(UUID id, String username, String displayName, Role role) {

    public boolean can(Role required) {
        return role.includes(required);
    }

    /** One or two letters for an avatar. */
    public String initials() {
        String[] parts = displayName.trim().split("\\s+");
        String first = parts[0].substring(0, 1);
        return parts.length > 1 ? first + parts[parts.length - 1].charAt(0) : first;
    }
}
