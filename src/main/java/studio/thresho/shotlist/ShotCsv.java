package studio.thresho.shotlist;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import studio.thresho.base.UserFacingException;
import studio.thresho.generation.Slot;

/**
 * Shot rows as a spreadsheet: a column for every field and one per cast slot holding asset names
 * ("Marcus; Sofia"). Pure functions; matching names to the library is the service's part.
 */
final class ShotCsv {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final String NAME_SEPARATOR = ";";
    static final List<String> FIELD_COLUMNS = List.of("label", "title", "description", "framing", "camera_angle", "camera_movement",
            "duration_seconds", "aspect_ratio", "notes", "status");

    private ShotCsv() {
    }

    static List<String> header() {
        List<String> header = new ArrayList<>(FIELD_COLUMNS);
        Arrays.stream(Slot.values()).map(ShotCsv::column).forEach(header::add);
        return header;
    }

    static String column(Slot slot) {
        return slot.role();
    }

    static String write(List<ShotRow> rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header().toArray(String[]::new)).get())) {
            for (ShotRow row : rows) {
                List<Object> values = new ArrayList<>(List.of(text(row.customLabel()), text(row.title()), text(row.description()),
                        text(row.framing()), text(row.cameraAngle()), text(row.cameraMovement()),
                        row.durationSeconds() == null ? "" : row.durationSeconds().stripTrailingZeros().toPlainString(),
                        text(row.aspectRatio()), text(row.notes()), row.status().code()));
                for (Slot slot : Slot.values()) {
                    values.add(row.castIn(slot).stream().map(CastChip::name).collect(Collectors.joining(NAME_SEPARATOR + " ")));
                }
                printer.printRecord(values);
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString();
    }

    /**
     * Reads the rows; a file over {@link #MAX_BYTES} or with more than {@code maxRows} rows, a
     * missing column or a bad value is refused with the reason and the lines concerned.
     */
    static List<CsvShot> read(byte[] file, int maxRows) {
        if (file.length > MAX_BYTES) {
            throw new UserFacingException("The file has " + file.length / 1024 + " KB; a shot list file may have at most 2 MB.");
        }
        String text = new String(file, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true).setTrim(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();
        List<CsvShot> shots = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            if (!has(parser, "title")) {
                throw new UserFacingException("The file has no column \"title\"; its first line must name the columns: "
                        + String.join(", ", header()) + ".");
            }
            for (CSVRecord record : parser) {
                if (record.getRecordNumber() > maxRows) {
                    throw new UserFacingException("The file has more than " + maxRows + " rows; a shot list holds at most "
                            + ShotLimits.MAX_SHOTS + " shots.");
                }
                // the header is line 1; a quoted field running over several lines shifts later rows, which is rare enough
                long line = record.getRecordNumber() + 1;
                try {
                    shots.add(shot(record, line));
                } catch (UserFacingException bad) {
                    problems.add("Line " + line + ": " + bad.getMessage());
                }
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException unreadable) {
            throw new UserFacingException("The file is not a readable CSV file: " + unreadable.getMessage());
        } catch (UncheckedIOException unreadable) {
            throw new UserFacingException("The file is not a readable CSV file: " + unreadable.getCause().getMessage());
        }
        if (!problems.isEmpty()) {
            throw new UserFacingException("Nothing was imported. " + String.join(" ", problems));
        }
        return shots;
    }

    private static CsvShot shot(CSVRecord record, long line) {
        BigDecimal duration;
        try {
            String value = value(record, "duration_seconds");
            duration = value == null ? null : new BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            throw new UserFacingException("the duration \"" + value(record, "duration_seconds") + "\" is not a number of seconds.");
        }
        String statusText = value(record, "status");
        ShotStatus status = statusText == null ? ShotStatus.PLANNED : Arrays.stream(ShotStatus.values())
                .filter(candidate -> candidate.code().equalsIgnoreCase(statusText) || candidate.label().equalsIgnoreCase(statusText))
                .findFirst().orElseThrow(() -> new UserFacingException("the status \"" + statusText + "\" is none of "
                        + Arrays.stream(ShotStatus.values()).map(ShotStatus::code).collect(Collectors.joining(", ")) + "."));
        ShotDraft draft = new ShotDraft(value(record, "label"), value(record, "title"), value(record, "description"),
                value(record, "framing"), value(record, "camera_angle"), value(record, "camera_movement"), duration,
                value(record, "aspect_ratio"), value(record, "notes"), status);
        Map<Slot, List<String>> cast = new EnumMap<>(Slot.class);
        for (Slot slot : Slot.values()) {
            List<String> names = Optional.ofNullable(value(record, column(slot))).stream()
                    .flatMap(given -> Arrays.stream(given.split(NAME_SEPARATOR))).map(String::strip).filter(name -> !name.isEmpty())
                    .toList();
            if (!slot.multiple() && names.size() > 1) {
                throw new UserFacingException("a shot has one " + slot.label().toLowerCase(Locale.ROOT) + ", this row names "
                        + names.size() + ".");
            }
            if (!names.isEmpty()) {
                cast.put(slot, names);
            }
        }
        return new CsvShot(line, draft, cast);
    }

    private static boolean has(CSVParser parser, String column) {
        return parser.getHeaderMap().keySet().stream().anyMatch(name -> name != null && name.equalsIgnoreCase(column));
    }

    private static String value(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
