package studio.thresho.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.FormLoginConfigurer;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import studio.thresho.security.ui.LoginView;

/**
 * Every route needs a login; the login page and its static assets are public. Sign-ins go through
 * {@link PasswordLogin} (throttled, one hash check whatever the account); every session is
 * registered so that a change of a user's rights can end that user's sessions ({@link OpenSessions}).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    /** What Vaadin Flow needs to run (inline and eval'd scripts, inline styles) and no more; no page may frame ours. */
    static final String CONTENT_SECURITY_POLICY = "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, PasswordLogin passwordLogin, SessionRegistry sessions) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles.css", "/icons/**", "/images/**").permitAll()
                // public links to single media files (share_links): the token is the authorisation
                .requestMatchers("/share/**").permitAll()
                // read-only asset pages (SharedAssetView, anonymous): the token is the authorisation
                .requestMatchers("/shared/**").permitAll()
                // for load balancers and container platforms; nothing else of Actuator is exposed
                .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness").permitAll());
        http.headers(headers -> headers
                .contentSecurityPolicy(policy -> policy.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        http.authenticationManager(passwordLogin);
        // no limit on sessions per user; the registry is what lets OpenSessions find them
        http.sessionManagement(management -> management.maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/login"));
        // Vaadin denies addresses that are no route; signed-in users should see our "not found" page instead.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.with(new ThrottledLoginAnswers(), answers -> {
        }).build();
    }

    /**
     * Sends a throttled sign-in to the login page with the wait, any other failure with {@code ?error}.
     * Set on the login form Vaadin configures, after Vaadin did: configuring form login earlier
     * would switch on Spring's generated login page instead of ours.
     */
    private static final class ThrottledLoginAnswers extends AbstractHttpConfigurer<ThrottledLoginAnswers, HttpSecurity> {

        @Override
        public void init(HttpSecurity http) {
            http.getConfigurer(FormLoginConfigurer.class).failureHandler((request, response, failure) -> {
                String target = failure instanceof LoginThrottledException throttled
                        ? "/login?" + LoginView.THROTTLED_PARAMETER + "=" + throttled.waitSeconds() : "/login?error";
                new SimpleUrlAuthenticationFailureHandler(target).onAuthenticationFailure(request, response, failure);
            });
        }
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry and {@link OpenSessions} about sessions that start, change id and end. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
