package studio.thresho.security;

import java.util.List;
import java.util.UUID;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in principal: Spring's user plus our id, display name and role. */
class AppUser extends User {

    private final UUID id;
    private final String displayName;
    private final Role role;

    AppUser(UserAccount account) {
        super(account.getUsername(), account.getPasswordHash(), account.isEnabled(), true, true, true, authorities(account.getRole()));
        this.id = account.getId();
        this.displayName = account.getDisplayName();
        this.role = account.getRole();
    }

    static List<SimpleGrantedAuthority> authorities(Role role) {
        return role.included().stream().map(included -> new SimpleGrantedAuthority("ROLE_" + included.name())).toList();
    }

    SignedInUser toSignedInUser() {
        return new SignedInUser(id, getUsername(), displayName, role);
    }
}
