package studio.thresho.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the path of a ZIP entry or of a file in a chosen folder into a clean relative path, or
 * refuses it: a path that climbs out ({@code ..}) or starts at a root or a drive letter would
 * write outside the import (zip slip), so the whole import is refused. Housekeeping files of
 * operating systems are left out quietly.
 */
public final class EntryPaths {

    private static final Set<String> HOUSEKEEPING = Set.of("thumbs.db", "desktop.ini", "__macosx");

    private EntryPaths() {
    }

    /**
     * The clean path, or empty for a folder entry or a housekeeping file.
     *
     * @throws ImportRefusedException for a path that is absolute, climbs out, or is too long
     */
    public static Optional<String> clean(String raw) {
        String name = raw == null ? "" : raw.replace('\\', '/');
        if (name.length() > ZipLimits.MAX_PATH_LENGTH) {
            throw new ImportRefusedException("An entry's path is longer than " + ZipLimits.MAX_PATH_LENGTH + " characters; the import was refused.");
        }
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            throw new ImportRefusedException("The entry \"" + shown(raw) + "\" has an absolute path; the import was refused, nothing was imported.");
        }
        List<String> segments = new ArrayList<>();
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
                throw new ImportRefusedException("The entry \"" + shown(raw) + "\" points outside its folder (\"..\"); the import was refused, "
                        + "nothing was imported.");
            }
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.chars().anyMatch(Character::isISOControl)) {
                throw new ImportRefusedException("The entry \"" + shown(raw) + "\" has control characters in its name; the import was refused.");
            }
            segments.add(segment);
        }
        if (segments.isEmpty() || name.endsWith("/")) {
            return Optional.empty();
        }
        boolean housekeeping = segments.stream().anyMatch(segment -> segment.startsWith(".")
                || HOUSEKEEPING.contains(segment.toLowerCase(Locale.ROOT)));
        return housekeeping ? Optional.empty() : Optional.of(String.join("/", segments));
    }

    private static String shown(String raw) {
        String printable = raw == null ? "" : raw.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 120 ? printable.substring(0, 120) + "…" : printable;
    }
}
