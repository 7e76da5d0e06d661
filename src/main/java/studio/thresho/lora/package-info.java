/**
 * LoRA training (FR-10): datasets exported from a talent's version in the layouts trainers read
 * (kohya sd-scripts and EveryDream2, ostris ai-toolkit, Replicate's Flux and SDXL trainers,
 * Civitai), with a caption per image written by small pure rules (trigger word, class, view, what
 * varies; never the identity traits the LoRA must learn), reviewed by the user before download, and
 * honest guidance on whether the talent has enough images. Every export is recorded in
 * {@code lora_exports} with its captions, and keeps its images from the media sweep.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "base :: ui", "security", "project", "media",
        "asset", "asset :: category", "asset :: ui", "provider", "generation"})
package studio.thresho.lora;
