package studio.thresho.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A test with the whole application context on the real test database (one context for all such
 * tests, so one generation job scheduler, which knows the scripted provider) and a media directory
 * of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"thresho.media-dir=${java.io.tmpdir}/thresho-test-media/${random.uuid}",
        "thresho.index-dir=${java.io.tmpdir}/thresho-test-index/${random.uuid}",
        // tests search right after start-up: the rebuild of their fresh index finishes before the first one
        "thresho.search.rebuild-in-background=false",
        // and they look at the lighting presets' reference images
        "thresho.presets.render-in-background=false",
        "thresho.generation.job-polling-interval=200ms", "thresho.generation.provider-poll-delay=100ms", "thresho.generation.slot-wait=1s",
        "thresho.secrets-key=test-secrets-key-of-at-least-32-characters", "thresho.providers.retry-base-delay=10ms",
        "thresho.public-base-url=https://studio.thresho.example",
        "thresho.providers.retry-max-delay=100ms", "thresho.generation.heartbeat-interval=250ms",
        "thresho.generation.missed-heartbeats=4", "thresho.generation.retry-delay=200ms", "thresho.generation.sweep-interval=2s",
        "thresho.insight.sweep-interval=2s"})
@Import({TestDatabaseConfiguration.class, TestProviders.class})
public @interface IntegrationTest {
}
