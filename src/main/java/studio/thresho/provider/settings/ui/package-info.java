/** Admin > Providers. */
package studio.thresho.provider.settings.ui;
