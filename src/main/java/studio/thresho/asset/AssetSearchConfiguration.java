package studio.thresho.asset;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import studio.thresho.asset.search.LuceneSearchIndex;
import studio.thresho.asset.search.SearchIndex;

/** The local search index, kept under the data directory. */
@Configuration(proxyBeanMethods = false)
class AssetSearchConfiguration {

    @Bean(destroyMethod = "destroy")
    SearchIndex searchIndex(@Value("${thresho.index-dir}") Path directory,
                            @Value("${thresho.search.commit-delay:1s}") Duration commitDelay) {
        return new LuceneSearchIndex(directory, commitDelay);
    }
}
