package studio.thresho.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import studio.thresho.base.AbstractTimestampedEntity;

@Entity
@Table(name = "users")
@Getter
@Setter(AccessLevel.PACKAGE)
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class UserAccount extends AbstractTimestampedEntity {

    @Column(name = "username", nullable = false, length = UserRules.USERNAME_MAX_LENGTH)
    private String username;

    @Column(name = "display_name", nullable = false, length = UserRules.DISPLAY_NAME_MAX_LENGTH)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 16)
    private Role role;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    /** Set when someone else chose the password (generated, or set by an administrator): the owner picks a new one at sign-in. */
    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    UserAccount(String username, String displayName, String passwordHash, Role role) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
    }

    boolean isEnabledAdmin() {
        return enabled && role == Role.ADMIN;
    }

    UserSummary toSummary() {
        return new UserSummary(getId(), username, displayName, role, enabled, getCreatedAt());
    }
}
