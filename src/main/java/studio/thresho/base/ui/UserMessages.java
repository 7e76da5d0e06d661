package studio.thresho.base.ui;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import studio.thresho.base.UserFacingException;

/** What a person is told about a failure: the known causes in plain words, never a stack trace. */
public final class UserMessages {

    /** Said of a failure nobody foresaw; its trace goes to the log. */
    public static final String UNEXPECTED = "Something went wrong. The error was logged; please try again.";

    private UserMessages() {
    }

    /** The message a user sees for a failure, or null when it is unexpected. */
    public static String of(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof UserFacingException) {
                return cause.getMessage();
            }
            if (cause instanceof AccessDeniedException) {
                return "Your role does not allow this action.";
            }
            if (cause instanceof ObjectOptimisticLockingFailureException) {
                return "Someone changed this meanwhile. Reload to see their change, then try again.";
            }
        }
        return null;
    }
}
