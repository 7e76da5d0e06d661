/**
 * Projects (a campaign with its own library and shot lists) and each user's current project,
 * which the shell's project selector remembers and later features work inside.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "base :: ui", "security"})
package studio.thresho.project;
