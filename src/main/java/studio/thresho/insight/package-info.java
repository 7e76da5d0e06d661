/**
 * Insights: consistency scoring (every generated image in which a talent was cast is compared with
 * that talent's reference faces by a face-recognition model, sub-package {@code face}, and the
 * score is kept with the generation's results), the events the spec's success metrics are measured
 * from (recorded in batches), and the Insights page (sub-package {@code ui}). Nothing depends on
 * this module.
 */
package studio.thresho.insight;
