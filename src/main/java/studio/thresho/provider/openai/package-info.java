/**
 * OpenAI Images: dall-e-3 (text only) and gpt-image-1 (reference images through image edits), both
 * answering synchronously with base64 images; and the vision call that describes an image.
 */
package studio.thresho.provider.openai;
