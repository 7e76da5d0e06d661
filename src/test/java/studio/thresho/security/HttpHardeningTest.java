package studio.thresho.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import studio.thresho.testsupport.IntegrationTest;

/** Security headers on every answer, the session cookie's attributes, and Actuator's health (and nothing else of it) in public. */
@IntegrationTest
class HttpHardeningTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    HealthEndpointGroups healthGroups;
    @Autowired
    Environment environment;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void everyAnswerCarriesTheContentSecurityAndReferrerPolicies() throws Exception {
        mvc.perform(get("/share/" + "x".repeat(43)))
                .andExpect(header().string("Content-Security-Policy", "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                        + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; frame-ancestors 'none'"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndSecureBehindATlsProxy() {
        assertThat(environment.getProperty("server.servlet.session.cookie.same-site")).isEqualToIgnoringCase("lax");
        // Tomcat marks the cookie Secure when the request is secure, which X-Forwarded-Proto from the proxy makes it
        assertThat(environment.getProperty("server.forward-headers-strategy")).isEqualToIgnoringCase("native");
    }

    @Test
    void healthWithLivenessAndReadinessIsPublicAndReadinessAsksTheDatabase() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        assertThat(healthGroups.get("readiness").isMember("db")).isTrue();
    }

    @Test
    void nothingElseOfActuatorIsExposed() {
        assertThat(context.getBean(PathMappedEndpoints.class).getAllPaths()).containsExactly("/actuator/health");
    }
}
