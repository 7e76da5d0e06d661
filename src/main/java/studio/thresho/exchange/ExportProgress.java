package studio.thresho.exchange;

/** How far an export is: assets written of all. */
public record ExportProgress(int done, int total) {
}
