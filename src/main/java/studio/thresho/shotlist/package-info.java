/**
 * Shot lists: a project's campaigns planned as ordered shot rows, each with its specification and
 * its cast (talent, environment, lighting, props, camera, style) following the assets' active
 * versions or pinned to exact ones for continuity (FR-11.4). Shots are planned through the
 * generation planner; casting is recorded in the assets' usage history.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "base :: ui", "security", "project", "media",
        "asset", "brand", "prompt", "provider", "generation", "generation :: ui"})
package studio.thresho.shotlist;
