/**
 * Runway: gen4_image text-to-image with tagged reference images ({@code @tag} in the prompt) and
 * gen4_turbo image-to-video, both polled as tasks.
 */
package studio.thresho.provider.runway;
