package studio.thresho.security;

import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import studio.thresho.base.UserFacingException;

/** User administration, for administrators only. Never lets the last enabled administrator go. */
@Service
@PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
public class UserAdminService {

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;

    UserAdminService(UserAccountRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional(readOnly = true)
    public List<UserSummary> listUsers() {
        return users.findAllByOrderByUsernameAsc().stream().map(UserAccount::toSummary).toList();
    }

    @Transactional
    public UserSummary createUser(NewUser request) {
        String username = UserRules.normaliseUsername(request.username());
        String displayName = UserRules.normaliseDisplayName(request.displayName());
        UserRules.checkPassword(request.password());
        if (request.role() == null) {
            throw new UserFacingException("Choose a role.");
        }
        if (users.existsByUsername(username)) {
            throw new UserFacingException("The username \"" + username + "\" is taken.");
        }
        UserAccount account = new UserAccount(username, displayName, passwordEncoder.encode(request.password()), request.role());
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
        account.setRole(role);
        return users.saveAndFlush(account).toSummary();
    }

    @Transactional
    public UserSummary setEnabled(UUID userId, boolean enabled) {
        UserAccount account = load(userId);
        if (!enabled && account.isEnabledAdmin()) {
            refuseIfLastAdmin(account, "disable");
        }
        account.setEnabled(enabled);
        return users.saveAndFlush(account).toSummary();
    }

    @Transactional
    public void resetPassword(UUID userId, String newPassword) {
        UserRules.checkPassword(newPassword);
        UserAccount account = load(userId);
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        users.saveAndFlush(account);
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
