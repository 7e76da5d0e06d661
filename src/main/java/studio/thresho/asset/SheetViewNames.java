package studio.thresho.asset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import studio.thresho.base.NaturalOrder;

/**
 * Which character-sheet view a file name announces ("marcus_front-face.png" is the front face),
 * and the views of several files chosen together: files that name a free view get it, the rest
 * fill the remaining views in natural order of their names. Used wherever sheet views arrive as
 * files (upload, folder or ZIP import).
 *
 * <p>A keyword matches whole words of the name (split at separators, case changes and between
 * letters and digits), so "backlight" is not "back". Keywords are tried in the table's order:
 * "body-front" wins over "face" in "body-front-face".
 */
public final class SheetViewNames {

    private record Keyword(SheetSlot slot, List<String> words) {
    }

    private static final List<Keyword> KEYWORDS = List.of(
            keyword(SheetSlot.FULL_BODY_FRONT, "body-front", "full-front"),
            keyword(SheetSlot.FRONT_FACE, "front-face", "face"),
            keyword(SheetSlot.PROFILE_LEFT, "profile-left", "left"),
            keyword(SheetSlot.PROFILE_RIGHT, "profile-right", "right"),
            keyword(SheetSlot.FULL_BODY_BACK, "back"),
            keyword(SheetSlot.THREE_QUARTER, "three-quarter", "3-4", "34"),
            keyword(SheetSlot.ACTION_POSE, "action", "pose"),
            keyword(SheetSlot.EXPRESSION, "expression", "smile"));

    private static final Set<String> HEADSHOT_WORDS = Set.of("head", "headshot", "portrait");

    private SheetViewNames() {
    }

    /** Whether the file name says it is a headshot ("marcus-headshot.jpg", "Marcus Head.png"). */
    public static boolean namesHeadshot(String fileName) {
        return words(fileName).stream().anyMatch(HEADSHOT_WORDS::contains);
    }

    /** The view the file name announces, if any of the table's keywords is in it. */
    public static Optional<SheetSlot> slotOf(String fileName) {
        List<String> words = words(fileName);
        return KEYWORDS.stream().filter(keyword -> contains(words, keyword.words())).map(Keyword::slot).findFirst();
    }

    /**
     * Gives each file a free view, in the standard order of the views. Files beyond the free
     * views are left out of the answer.
     *
     * @param taken views the sheet already has
     * @return the files with their views, in the order of the views
     */
    public static <T> Map<T, SheetSlot> assign(List<T> files, Function<T, String> fileName, Collection<SheetSlot> taken) {
        Set<SheetSlot> free = EnumSet.allOf(SheetSlot.class);
        free.removeAll(taken);
        List<T> ordered = files.stream().sorted(Comparator.comparing(fileName, NaturalOrder.INSTANCE)).toList();
        Map<SheetSlot, T> chosen = new LinkedHashMap<>();
        List<T> rest = new ArrayList<>();
        for (T file : ordered) {
            Optional<SheetSlot> named = slotOf(fileName.apply(file)).filter(free::contains);
            named.ifPresentOrElse(slot -> {
                chosen.put(slot, file);
                free.remove(slot);
            }, () -> rest.add(file));
        }
        for (T file : rest) {
            free.stream().findFirst().ifPresent(slot -> {
                chosen.put(slot, file);
                free.remove(slot);
            });
        }
        Map<T, SheetSlot> assigned = new LinkedHashMap<>();
        Arrays.stream(SheetSlot.values()).filter(chosen::containsKey).forEach(slot -> assigned.put(chosen.get(slot), slot));
        return assigned;
    }

    /** A file name (without extension) that {@link #slotOf} reads back as this view, for exports. */
    public static String fileNameOf(SheetSlot slot) {
        return KEYWORDS.stream().filter(keyword -> keyword.slot() == slot).findFirst().orElseThrow().words().getFirst();
    }

    private static Keyword keyword(SheetSlot slot, String... keywords) {
        return new Keyword(slot, List.of(keywords));
    }

    private static boolean contains(List<String> words, List<String> keywords) {
        return keywords.stream().map(keyword -> List.of(keyword.split("-")))
                .anyMatch(sequence -> Collections.indexOfSubList(words, sequence) >= 0);
    }

    /** The words of a file name without folders and extension: "Marcus_FrontFace-2.png" gives marcus, front, face, 2. */
    static List<String> words(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
        String split = name.replaceAll("([a-z])([A-Z])", "$1 $2").replaceAll("([A-Za-z])(\\d)", "$1 $2").replaceAll("(\\d)([A-Za-z])", "$1 $2");
        return Arrays.stream(split.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")).filter(word -> !word.isEmpty()).toList();
    }
}
