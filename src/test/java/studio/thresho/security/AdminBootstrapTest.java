package studio.thresho.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
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
        when(provisioning.createIfMissing(anyString(), anyString(), anyString(), any())).thenReturn(true);

        new AdminBootstrap(provisioning, "studio-boss", "configured-pass").ensureAdmin();

        verify(provisioning).createIfMissing("studio-boss", "Administrator", "configured-pass", Role.ADMIN);
    }

    @Test
    void generatesARandomPasswordWhenNoneIsConfigured() {
        when(provisioning.createIfMissing(anyString(), anyString(), anyString(), any())).thenReturn(true);
        ArgumentCaptor<String> password = ArgumentCaptor.forClass(String.class);

        new AdminBootstrap(provisioning, "", "").ensureAdmin();
        verify(provisioning).createIfMissing(eq(AdminBootstrap.DEFAULT_ADMIN_USERNAME), anyString(), password.capture(), eq(Role.ADMIN));

        assertThat(password.getValue()).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void doesNothingWhileAnEnabledAdminExists() {
        when(provisioning.enabledAdminExists()).thenReturn(true);

        new AdminBootstrap(provisioning, "", "").ensureAdmin();

        verify(provisioning, never()).createIfMissing(anyString(), anyString(), anyString(), any());
    }
}
