/**
 * Kling: image generation with a subject reference and image-to-video, authenticated by a
 * short-lived JWT signed with the account's secret key, answering in a {@code {code, message, data}} envelope.
 */
package studio.thresho.provider.kling;
