package studio.thresho.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * The three roles. Each role includes the ones below it: an ADMIN may do everything an EDITOR
 * may, and an EDITOR everything a VIEWER may. A user is granted the authorities of every included
 * role, so {@code @RolesAllowed("EDITOR")} and {@code hasRole('EDITOR')} accept admins too.
 */
public enum Role {
    VIEWER("Viewer", "Browses, searches, views and exports"),
    EDITOR("Editor", "Also creates, edits, versions and generates, and manages categories and shot lists"),
    ADMIN("Admin", "Also manages users, providers and projects");

    /** Role names for annotations, which need constants. */
    public static final class Names {
        public static final String VIEWER = "VIEWER";
        public static final String EDITOR = "EDITOR";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }

    private final String label;
    private final String description;

    Role(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** This role and every role it includes. */
    public Set<Role> included() {
        return EnumSet.range(VIEWER, this);
    }

    public boolean includes(Role other) {
        return included().contains(other);
    }
}
