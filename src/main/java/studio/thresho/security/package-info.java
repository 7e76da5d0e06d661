/**
 * Who may do what: users stored in the database with BCrypt hashes and one role each
 * (ADMIN, EDITOR, VIEWER), Spring Security with Vaadin's login view, the first administrator,
 * and the user administration. Other features ask {@link studio.thresho.security.CurrentUser} who
 * is signed in and guard their services with the role names in {@link studio.thresho.security.Role}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "base :: ui"})
package studio.thresho.security;
