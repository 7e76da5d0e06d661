/**
 * Generations: the planner that turns picks, context, shot, brand and provider into a plan, the
 * generation records with the exact asset versions they used, the background jobs that send each
 * paid request at most once, results, and the Generate page.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "base :: ui", "security", "project", "media", "media :: ui", "asset", "asset :: category", "asset :: search", "asset :: ui", "brand", "prompt", "provider"})
package studio.thresho.generation;
