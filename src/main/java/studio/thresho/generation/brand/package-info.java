/** Brand profiles: the tokens, style descriptors and negative terms prompts end with. */
package studio.thresho.generation.brand;
