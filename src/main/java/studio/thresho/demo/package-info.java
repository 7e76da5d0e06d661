/**
 * Demo content for the embedded run ({@code ./mvnw spring-boot:test-run}, profile "demo"): the
 * demo accounts and projects, and the spec's example library with placeholder pictures drawn by the
 * app. Later features add their demo data here.
 */
package studio.thresho.demo;
