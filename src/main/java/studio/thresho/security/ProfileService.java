package studio.thresho.security;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import studio.thresho.base.UserFacingException;

/**
 * A person's own account: who they are, and changing their password. The current password is
 * asked first (wrong answers count towards the sign-in throttle of that name); a new password
 * meets the password policy; the person's other sessions end, the one they use stays.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ProfileService {

    private final UserAccountRepository users;
    private final CurrentUser currentUser;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;

    ProfileService(UserAccountRepository users, CurrentUser currentUser, PasswordEncoder passwordEncoder, LoginThrottle throttle,
                   ApplicationEventPublisher events) {
        this.users = users;
        this.currentUser = currentUser;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Profile mine() {
        UserAccount account = me();
        return new Profile(account.getUsername(), account.getDisplayName(), account.getRole(), account.isPasswordChangeRequired());
    }

    /** Whether the signed-in person must choose a new password before anything else. */
    @Transactional(readOnly = true)
    public boolean passwordChangeRequired() {
        return currentUser.get().flatMap(user -> users.findById(user.id())).map(UserAccount::isPasswordChangeRequired).orElse(false);
    }

    @Transactional(noRollbackFor = UserFacingException.class)
    public void changePassword(String currentPassword, String newPassword) {
        UserAccount account = me();
        List<String> subject = List.of(LoginThrottle.userSubject(account.getUsername()));
        throttle.waitFor(subject).ifPresent(wait -> {
            throw new UserFacingException("Too many wrong passwords: try again in " + Waits.describe(wait) + ".");
        });
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throttle.failed(subject);
            throw new UserFacingException("Your current password is not correct.");
        }
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw new UserFacingException("Choose a password different from the current one.");
        }
        UserRules.checkPassword(newPassword, account.getUsername(), account.getDisplayName());
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        account.setPasswordChangeRequired(false);
        users.saveAndFlush(account);
        events.publishEvent(new AccessChanged(account.getUsername(), currentSessionId()));
    }

    private UserAccount me() {
        SignedInUser user = currentUser.require();
        return users.findById(user.id()).orElseThrow(() -> new UserFacingException("Your account no longer exists."));
    }

    private static String currentSessionId() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null ? null : request.getSessionId();
    }
}
