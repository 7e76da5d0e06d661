/**
 * The asset library: categories and their schemas, lineages and versions, images, tags, usage
 * and search. Filled in by the assets issues; for now only the Library page stands here.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "base :: ui", "security", "project", "media", "media :: ui"})
package studio.thresho.asset;
