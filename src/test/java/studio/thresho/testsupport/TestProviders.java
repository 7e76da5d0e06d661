package studio.thresho.testsupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import studio.thresho.asset.AssetService;
import studio.thresho.generation.GenerationService;
import studio.thresho.generation.ResultScoreService;
import studio.thresho.media.MediaService;

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

    /** Needs the scripted provider, so it lives here rather than as a scanned component. */
    @Bean
    FacePhotos facePhotos(MediaService media, AssetService assets, GenerationService generations, ResultScoreService scores,
                          ScriptedProvider scripted, Workspace workspace) {
        return new FacePhotos(media, assets, generations, scores, scripted, workspace);
    }
}
