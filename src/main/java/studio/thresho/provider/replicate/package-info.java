/**
 * Replicate: any model, set up as configuration rather than code. The {@code models} parameter maps
 * {@code "owner/name"} to an input template with placeholders; predictions are created on the
 * model's endpoint and polled until they succeed, fail or are cancelled.
 */
package studio.thresho.provider.replicate;
