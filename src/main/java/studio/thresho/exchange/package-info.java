/**
 * Getting assets in and out of the library in bulk: a ZIP or a folder of images becomes assets
 * (one per sub-folder), after a preview, with a report per asset. ZIPs are read defensively
 * ({@link studio.thresho.exchange.ZipLimits}); every image goes through the media ingest. URL and
 * clipboard imports of single images are media's ({@link studio.thresho.media.UrlImporter}), since
 * the asset form, upstream of this module, offers them too.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "base :: ui", "security", "project", "media",
        "media :: ui", "asset", "asset :: category", "asset :: ui", "asset :: search"})
package studio.thresho.exchange;
