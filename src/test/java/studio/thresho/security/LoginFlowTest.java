package studio.thresho.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import studio.thresho.testsupport.IntegrationTest;

/** The login form's POST through the real security filter chain: refusals, the throttle's redirect, the session registry. */
@IntegrationTest
class LoginFlowTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    UserProvisioning provisioning;
    @Autowired
    SessionRegistry registry;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private static MockHttpServletRequestBuilder signIn(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(request -> {
            request.setRemoteAddr(address);
            return request;
        });
    }

    private static String address() {
        return "198.18.0." + (1 + (int) (Math.random() * 250));
    }

    @Test
    void wrongPasswordsGoBackToTheLoginThenTheThrottledPageSaysHowLongToWait() throws Exception {
        String username = "flow-" + UUID.randomUUID().toString().substring(0, 8);
        SystemAuthentication.runAsSystem(() -> provisioning.createIfMissing(username, "Flo W", PasswordLoginTest.PASSWORD, Role.VIEWER));
        String address = address();
        for (int i = 0; i < 5; i++) {
            mvc.perform(signIn(username, "wrong " + i, address)).andExpect(redirectedUrl("/login?error"));
        }

        mvc.perform(signIn(username, PasswordLoginTest.PASSWORD, address)).andExpect(redirectedUrl("/login?throttled=1"));
        mvc.perform(signIn("no-such-user-" + UUID.randomUUID(), "whatever it is", address))
                .andExpect(redirectedUrl("/login?throttled=1"));
    }

    @Test
    void aSuccessfulSignInIsRegisteredSoItsSessionCanBeEndedLater() throws Exception {
        String username = "flow-" + UUID.randomUUID().toString().substring(0, 8);
        SystemAuthentication.runAsSystem(() -> provisioning.createIfMissing(username, "Flo W", PasswordLoginTest.PASSWORD, Role.VIEWER));

        MvcResult result = mvc.perform(signIn(username, PasswordLoginTest.PASSWORD, address())).andExpect(redirectedUrl("/")).andReturn();

        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        assertThat(session).isNotNull();
        assertThat(registry.getSessionInformation(session.getId())).isNotNull();
        assertThat(registry.getAllPrincipals()).anySatisfy(principal -> assertThat(principal.toString()).contains(username));
    }
}
