package studio.thresho.shotlist;

import java.util.List;
import java.util.Map;
import studio.thresho.generation.Slot;

/**
 * One shot row read from a spreadsheet: its fields and the asset names cast per slot.
 *
 * @param line the line of the file the row starts on, for messages
 */
record CsvShot(long line, ShotDraft draft, Map<Slot, List<String>> cast) {
}
