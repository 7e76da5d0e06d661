/**
 * Provider-neutral prompt assembly: the selected assets, their per-shot context, the shot and the
 * brand become ordered prompt sections, a prompt within the provider's length budget, a negative
 * prompt and reference images with roles. Provider adapters format the result; nothing here does I/O.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "asset"})
package studio.thresho.prompt;
