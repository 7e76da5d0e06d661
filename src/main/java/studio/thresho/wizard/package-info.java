/**
 * The AI talent creation wizard (FR-9): from a description to a talent with a headshot, an 8-view
 * character sheet made from it with the provider's consistency technique, and a profile; every
 * step and result is kept in a resumable session, every image is a generation record of it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "base :: ui", "security", "project", "media", "media :: ui",
        "asset", "asset :: category", "brand", "provider", "provider :: vision", "generation", "generation :: ui", "asset :: ui"})
package studio.thresho.wizard;
