/** Midjourney has no API: the command text a user pastes into Midjourney, with references and parameters. */
package studio.thresho.provider.midjourney;
