/** The brand profiles page. */
package studio.thresho.generation.brand.ui;
