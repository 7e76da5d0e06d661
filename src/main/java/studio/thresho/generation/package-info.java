/**
 * Generating images from assets: prompt assembly, providers, generation records.
 */
package studio.thresho.generation;
