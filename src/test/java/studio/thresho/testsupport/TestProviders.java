package studio.thresho.testsupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Generation providers (and a plan contributor) only tests have. */
@TestConfiguration(proxyBeanMethods = false)
public class TestProviders {

    @Bean
    ScriptedProvider scriptedProvider() {
        return new ScriptedProvider();
    }

    @Bean
    TriggerWordContributor triggerWordContributor() {
        return new TriggerWordContributor();
    }
}
