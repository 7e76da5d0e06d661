/**
 * OpenAI Images: the GPT image family (models from the provider catalogue), answering
 * synchronously with base64 images, with reference images through image edits; and the vision
 * call that describes an image.
 */
package studio.thresho.provider.openai;
