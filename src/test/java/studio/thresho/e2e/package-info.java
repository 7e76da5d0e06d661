/**
 * End-to-end tests: a real headless Chromium (Debian's chromium and chromedriver) against the
 * running application. Run with {@code ./mvnw verify -Pe2e}; screenshots land in
 * {@code target/e2e-screenshots/}.
 */
package studio.thresho.e2e;
