/**
 * Brand profiles: the tokens, style descriptors and negative terms prompts end with, studio-wide or
 * per project, and each project's default profile.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "base :: ui", "security", "project", "asset :: category"})
package studio.thresho.brand;
