/**
 * The application shell around every signed-in page: side navigation built from the views'
 * {@code @Menu} entries (so a role sees only what it may open), the current-project selector and
 * the user menu. Views do not name the layout: {@code @Layout} applies it to every route.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "base :: ui", "security", "project", "project :: ui"})
package studio.thresho.shell;
