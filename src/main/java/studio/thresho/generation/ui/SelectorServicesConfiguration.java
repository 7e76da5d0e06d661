package studio.thresho.generation.ui;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import studio.thresho.asset.AssetSearchService;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.AssetVersionService;
import studio.thresho.asset.category.CategoryService;
import studio.thresho.media.MediaService;
import studio.thresho.media.UrlImporter;
import studio.thresho.project.CurrentProjectService;

/** Bundles the services the asset selector dialog needs, so views hand it one object. */
@Configuration(proxyBeanMethods = false)
class SelectorServicesConfiguration {

    @Bean
    AssetSelectorDialog.Services assetSelectorServices(AssetSearchService search, AssetService assets, AssetVersionService versions,
                                                       CategoryService categories, MediaService media, UrlImporter urls,
                                                       CurrentProjectService currentProject, ApplicationEventPublisher events) {
        return new AssetSelectorDialog.Services(search, assets, versions, categories, media, urls, currentProject, events);
    }
}
