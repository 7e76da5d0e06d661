/**
 * The media pipeline every image goes through: signature, size and pixel checks before decoding,
 * one full decode to prove the file sound, content-addressed storage of the original bytes,
 * thumbnail and preview at ingest, and an authorised file handler. Also the colour-palette
 * extractor and the character-sheet composite renderer.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "base :: ui", "security"})
package studio.thresho.media;
