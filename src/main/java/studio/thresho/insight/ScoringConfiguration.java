package studio.thresho.insight;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import studio.thresho.insight.face.FaceModel;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScoringSettings.class)
class ScoringConfiguration {

    /** Loaded on first use (about 0.6 s, 7 MB of weights), so starting the application does not wait for it. */
    @Bean
    @Lazy
    FaceModel faceModel() {
        return new FaceModel();
    }
}
