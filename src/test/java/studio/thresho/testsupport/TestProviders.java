package studio.thresho.testsupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Generation providers only tests have. */
@TestConfiguration(proxyBeanMethods = false)
public class TestProviders {

    @Bean
    ScriptedProvider scriptedProvider() {
        return new ScriptedProvider();
    }
}
