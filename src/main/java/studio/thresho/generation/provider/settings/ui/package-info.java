/** Admin > Providers. */
package studio.thresho.generation.provider.settings.ui;
