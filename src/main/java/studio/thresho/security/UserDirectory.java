package studio.thresho.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who the users are, for features that show authors ("saved by Dana"): names only, nothing else of an account. */
@Service
@PreAuthorize("isAuthenticated()")
public class UserDirectory {

    private final UserAccountRepository accounts;

    UserDirectory(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The display names of these users; ids of deleted users are left out. */
    @Transactional(readOnly = true)
    public Map<UUID, String> displayNames(Collection<UUID> userIds) {
        Map<UUID, String> names = new HashMap<>();
        accounts.findAllById(userIds.stream().distinct().toList()).forEach(account -> names.put(account.getId(), account.getDisplayName()));
        return names;
    }
}
