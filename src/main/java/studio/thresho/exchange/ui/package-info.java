/** The library's Import dialog: a ZIP or folder of images, previewed, imported with progress, reported per asset. */
package studio.thresho.exchange.ui;
