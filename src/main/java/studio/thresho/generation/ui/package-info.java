/** The Generate page, its asset selector and quick-add dialogs, and the results. */
@org.springframework.modulith.NamedInterface("ui")
package studio.thresho.generation.ui;
