/** Library browser, detail view and asset forms; {@link studio.thresho.asset.ui.LibraryAction} lets later features add to the library's header. */
@org.springframework.modulith.NamedInterface("ui")
package studio.thresho.asset.ui;
