/**
 * AUTOMATIC1111 / Forge, run by the studio on its own machine with {@code --api}: txt2img from text,
 * img2img with a character reference as the init image; answers synchronously with base64 images.
 */
package studio.thresho.provider.automatic;
