package studio.thresho.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/** Tells services and views who is signed in. */
@Service
public class CurrentUser {

    private final UserAccountRepository users;

    CurrentUser(UserAccountRepository users) {
        this.users = users;
    }

    /** The signed-in user, or empty for an anonymous request or a start-up task. */
    public Optional<SignedInUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof AppUser user) {
            return Optional.of(user.toSignedInUser());
        }
        return users.findByUsername(authentication.getName()).map(account -> new AppUser(account).toSignedInUser());
    }

    /** The signed-in user; refuses the call when nobody is. */
    public SignedInUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Sign in first."));
    }
}
