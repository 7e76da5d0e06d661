/**
 * Thresho Studio's Talent &amp; Asset Library. Each sub-package is a feature (a Spring Modulith
 * module); a feature may use the features listed before it in ARCHITECTURE.md, never after.
 */
package studio.thresho;
