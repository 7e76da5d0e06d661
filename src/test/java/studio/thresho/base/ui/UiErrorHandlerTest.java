package studio.thresho.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import studio.thresho.base.UserFacingException;

class UiErrorHandlerTest {

    @Test
    void showsAUserFacingMessageAsItIsEvenWhenWrapped() {
        RuntimeException wrapped = new RuntimeException(new UserFacingException("That name is taken."));

        assertThat(UiErrorHandler.userMessage(wrapped)).isEqualTo("That name is taken.");
    }

    @Test
    void explainsARefusedRoleAndAConcurrentChange() {
        assertThat(UiErrorHandler.userMessage(new AccessDeniedException("denied"))).contains("role");
        assertThat(UiErrorHandler.userMessage(new ObjectOptimisticLockingFailureException(Object.class, "id")))
                .contains("changed this meanwhile");
    }

    @Test
    void leavesUnexpectedErrorsToTheGenericMessage() {
        assertThat(UiErrorHandler.userMessage(new IllegalStateException("NPE somewhere"))).isNull();
    }
}
