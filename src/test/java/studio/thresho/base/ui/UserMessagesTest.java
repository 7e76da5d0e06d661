package studio.thresho.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import studio.thresho.base.UserFacingException;

class UserMessagesTest {

    @Test
    void showsAUserFacingMessageAsItIsEvenWhenWrapped() {
        RuntimeException wrapped = new RuntimeException(new UserFacingException("That name is taken."));

        assertThat(UserMessages.of(wrapped)).isEqualTo("That name is taken.");
    }

    @Test
    void explainsARefusedRoleAndAConcurrentChange() {
        assertThat(UserMessages.of(new AccessDeniedException("denied"))).contains("role");
        assertThat(UserMessages.of(new ObjectOptimisticLockingFailureException(Object.class, "id")))
                .contains("changed this meanwhile");
    }

    @Test
    void leavesUnexpectedErrorsToTheGenericMessage() {
        assertThat(UserMessages.of(new IllegalStateException("NPE somewhere"))).isNull();
    }
}
