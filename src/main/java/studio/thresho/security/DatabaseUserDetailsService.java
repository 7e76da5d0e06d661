package studio.thresho.security;

import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for the login form. Disabled accounts load as disabled and are refused by Spring. */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;

    DatabaseUserDetailsService(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String key = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return users.findByUsername(key).map(AppUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
