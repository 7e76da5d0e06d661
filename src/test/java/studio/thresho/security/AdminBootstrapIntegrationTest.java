package studio.thresho.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.testsupport.IntegrationTest;

/** Outside the demo, the started application always has an administrator. */
@IntegrationTest
class AdminBootstrapIntegrationTest {

    @Autowired
    UserProvisioning provisioning;

    @Test
    void anEnabledAdministratorExistsAfterStartUp() {
        assertThat(SystemAuthentication.runAsSystem(provisioning::enabledAdminExists)).isTrue();
    }
}
