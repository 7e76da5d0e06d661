/** Shared UI pieces: the error handler and small components several views use. */
@org.springframework.modulith.NamedInterface("ui")
package studio.thresho.base.ui;
