/** Black Forest Labs Flux: flux-pro-1.1, flux-pro-1.1-ultra (Redux image prompt) and flux-kontext-pro (input images). */
package studio.thresho.provider.bfl;
