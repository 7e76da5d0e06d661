package studio.thresho.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class AdminBootstrapTest {

    private final UserProvisioning provisioning = mock(UserProvisioning.class);

    @Test
    void usesTheConfiguredAccountWhenNoAdminExists() {
        when(provisioning.createIfMissing(anyString(), anyString(), anyString(), any(), anyBoolean())).thenReturn(true);

        new AdminBootstrap(provisioning, "studio-boss", "copper kettle under moonlight").ensureAdmin();

        verify(provisioning).createIfMissing("studio-boss", "Administrator", "copper kettle under moonlight", Role.ADMIN, false);
    }

    @Test
    void aConfiguredPasswordTooWeakForThePolicyMustBeChangedAtFirstSignIn() {
        when(provisioning.createIfMissing(anyString(), anyString(), anyString(), any(), anyBoolean())).thenReturn(true);

        new AdminBootstrap(provisioning, "studio-boss", "admin12345").ensureAdmin();

        verify(provisioning).createIfMissing("studio-boss", "Administrator", "admin12345", Role.ADMIN, true);
    }

    @Test
    void generatesARandomPasswordThatMustBeChangedAtFirstSignInWhenNoneIsConfigured() {
        when(provisioning.createIfMissing(anyString(), anyString(), anyString(), any(), anyBoolean())).thenReturn(true);
        ArgumentCaptor<String> password = ArgumentCaptor.forClass(String.class);

        new AdminBootstrap(provisioning, "", "").ensureAdmin();
        verify(provisioning).createIfMissing(eq(AdminBootstrap.DEFAULT_ADMIN_USERNAME), anyString(), password.capture(), eq(Role.ADMIN),
                eq(true));

        assertThat(password.getValue()).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void doesNothingWhileAnEnabledAdminExists() {
        when(provisioning.enabledAdminExists()).thenReturn(true);

        new AdminBootstrap(provisioning, "", "").ensureAdmin();

        verify(provisioning, never()).createIfMissing(anyString(), anyString(), anyString(), any(), anyBoolean());
    }
}
