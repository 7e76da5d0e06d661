package studio.thresho.demo;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import studio.thresho.asset.AssetLifecycleService;
import studio.thresho.asset.AssetScopeService;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.AssetSharing;
import studio.thresho.asset.AssetVersionService;
import studio.thresho.asset.category.CategoryService;
import studio.thresho.generation.GenerationService;
import studio.thresho.generation.ResultPromotionService;
import studio.thresho.generation.ResultScoreService;
import studio.thresho.insight.InsightEventRecorder;
import studio.thresho.media.MediaService;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectService;
import studio.thresho.provider.ProviderRegistry;
import studio.thresho.security.CurrentUser;
import studio.thresho.security.UserProvisioning;
import studio.thresho.shotlist.CastingService;
import studio.thresho.shotlist.ShotListService;
import studio.thresho.shotlist.ShotService;

/**
 * The demo seeders are not beans in tests (profile "demo" is off for the shared context): built
 * here by hand from the context's services, once for every test that seeds the demo.
 */
final class DemoSeeders {

    private DemoSeeders() {
    }

    static DemoDataSeeder demo(ApplicationContext context) {
        return new DemoDataSeeder(context.getBean(UserProvisioning.class), context.getBean(ProjectService.class), library(context));
    }

    static DemoLibrarySeeder library(ApplicationContext context) {
        AssetService assets = context.getBean(AssetService.class);
        CategoryService categories = context.getBean(CategoryService.class);
        MediaService media = context.getBean(MediaService.class);
        GenerationService generations = context.getBean(GenerationService.class);
        AssetScopeService scopes = context.getBean(AssetScopeService.class);
        DemoScoresSeeder scores = new DemoScoresSeeder(assets, categories, media, generations, scopes,
                new DemoInsightsSeeder(context.getBean(InsightEventRecorder.class), context.getBean(CurrentUser.class)),
                context.getBean(ResultScoreService.class));
        DemoShotListSeeder shotLists = new DemoShotListSeeder(context.getBean(ShotListService.class), context.getBean(ShotService.class),
                context.getBean(CastingService.class), assets, context.getBean(AssetVersionService.class), context.getBean(ProviderRegistry.class));
        return new DemoLibrarySeeder(assets, categories, media, context.getBean(ProjectService.class), context.getBean(CurrentProjectService.class),
                context.getBean(UserDetailsService.class), scopes, context.getBean(PlatformTransactionManager.class), scores,
                context.getBean(AssetSharing.class), shotLists, context.getBean(AssetLifecycleService.class),
                new DemoSavedResultSeeder(generations, context.getBean(ResultPromotionService.class)));
    }
}
