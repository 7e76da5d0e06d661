package studio.thresho.security;

import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import studio.thresho.base.UserFacingException;

/**
 * User administration, for administrators only. Never lets the last enabled administrator go. A
 * password an administrator sets is known to them, so its owner chooses a new one at the next
 * sign-in; a change of role, a disabled account or a reset password ends that user's open sessions.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
public class UserAdminService {

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;

    UserAdminService(UserAccountRepository users, PasswordEncoder passwordEncoder, ApplicationEventPublisher events) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<UserSummary> listUsers() {
        return users.findAllByOrderByUsernameAsc().stream().map(UserAccount::toSummary).toList();
    }

    @Transactional
    public UserSummary createUser(NewUser request) {
        String username = UserRules.normaliseUsername(request.username());
        String displayName = UserRules.normaliseDisplayName(request.displayName());
        UserRules.checkPassword(request.password(), username, displayName);
        if (request.role() == null) {
            throw new UserFacingException("Choose a role.");
        }
        if (users.existsByUsername(username)) {
            throw new UserFacingException("The username \"" + username + "\" is taken.");
        }
        UserAccount account = new UserAccount(username, displayName, passwordEncoder.encode(request.password()), request.role());
        account.setPasswordChangeRequired(true);
        return users.saveAndFlush(account).toSummary();
    }

    @Transactional
    public UserSummary changeRole(UUID userId, Role role) {
        if (role == null) {
            throw new UserFacingException("Choose a role.");
        }
        UserAccount account = load(userId);
        if (account.isEnabledAdmin() && role != Role.ADMIN) {
            refuseIfLastAdmin(account, "change the role of");
        }
        Role before = account.getRole();
        account.setRole(role);
        UserSummary changed = users.saveAndFlush(account).toSummary();
        if (before != role) {
            events.publishEvent(new AccessChanged(account.getUsername(), null));
        }
        return changed;
    }

    @Transactional
    public UserSummary setEnabled(UUID userId, boolean enabled) {
        UserAccount account = load(userId);
        if (!enabled && account.isEnabledAdmin()) {
            refuseIfLastAdmin(account, "disable");
        }
        account.setEnabled(enabled);
        UserSummary changed = users.saveAndFlush(account).toSummary();
        if (!enabled) {
            events.publishEvent(new AccessChanged(account.getUsername(), null));
        }
        return changed;
    }

    @Transactional
    public void resetPassword(UUID userId, String newPassword) {
        UserAccount account = load(userId);
        UserRules.checkPassword(newPassword, account.getUsername(), account.getDisplayName());
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        account.setPasswordChangeRequired(true);
        users.saveAndFlush(account);
        events.publishEvent(new AccessChanged(account.getUsername(), null));
    }

    private void refuseIfLastAdmin(UserAccount account, String action) {
        List<UserAccount> admins = users.lockEnabledAdmins();
        boolean someoneElse = admins.stream().anyMatch(admin -> !admin.getId().equals(account.getId()));
        if (!someoneElse) {
            throw new UserFacingException("You cannot " + action + " " + account.getUsername()
                    + ": it is the last administrator. Make someone else an administrator first.");
        }
    }

    private UserAccount load(UUID userId) {
        return users.findById(userId).orElseThrow(() -> new UserFacingException("That user no longer exists."));
    }
}
