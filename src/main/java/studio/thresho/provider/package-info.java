/**
 * The AI providers generations are sent to: the provider interface and its value types, the
 * registry, each adapter (Black Forest Labs, OpenAI, Midjourney, Runway, Kling, Replicate, ComfyUI,
 * AUTOMATIC1111, the offline storyboard), their settings under Admin > Providers, and the HTTP calls
 * with retries that never send a paid submit twice.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "base :: ui", "security", "media", "asset"})
package studio.thresho.provider;
