/** The brand profiles page. */
package studio.thresho.brand.ui;
