/** Library browser, detail view and asset forms. */
package studio.thresho.asset.ui;
