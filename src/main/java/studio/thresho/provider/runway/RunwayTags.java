package studio.thresho.provider.runway;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tags gen4_image knows its reference images by, and the prompt that names them. A tag is made
 * from the asset name (3 to 16 letters, digits and underscores, starting with a letter); the first mention of
 * the asset name in the prompt becomes {@code @Tag}, and assets the prompt does not mention are
 * named in a closing "Reference: @Tag." clause so that Runway uses every image it receives.
 */
final class RunwayTags {

    /** The SDK's rule: 3 to 16 characters, starting with a letter, letters, digits and underscores only. */
    static final Pattern VALID = Pattern.compile("[A-Za-z][A-Za-z0-9_]{2,15}");
    static final int MIN_LENGTH = 3;
    static final int MAX_LENGTH = 16;
    private static final String FALLBACK = "Ref";

    private RunwayTags() {
    }

    /** One tag per asset name, in order, unique within the request. */
    static List<String> tags(List<String> assetNames) {
        List<String> tags = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < assetNames.size(); i++) {
            String tag = unique(fromName(assetNames.get(i), i + 1), taken);
            taken.add(tag.toLowerCase(Locale.ROOT));
            tags.add(tag);
        }
        return tags;
    }

    /** "Downtown Shop" → "DowntownShop", "Café Noir" → "CafeNoir"; a name with too few usable letters becomes "Ref1". */
    static String fromName(String assetName, int position) {
        String ascii = Normalizer.normalize(assetName == null ? "" : assetName, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder tag = new StringBuilder();
        for (String word : ascii.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                tag.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            }
        }
        String trimmed = tag.toString().replaceFirst("^[0-9]+", "");
        if (trimmed.length() < MIN_LENGTH) {
            return FALLBACK + position;
        }
        return trimmed.length() > MAX_LENGTH ? trimmed.substring(0, MAX_LENGTH) : trimmed;
    }

    private static String unique(String tag, Set<String> taken) {
        String candidate = tag;
        for (int n = 2; taken.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
            String suffix = Integer.toString(n);
            candidate = tag.substring(0, Math.min(tag.length(), MAX_LENGTH - suffix.length())) + suffix;
        }
        return candidate;
    }

    /** The prompt with each asset's first mention replaced by its tag, and the unmentioned ones listed at the end. */
    static String prompt(String prompt, List<String> assetNames, List<String> tags) {
        String tagged = prompt == null ? "" : prompt;
        List<String> unmentioned = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            String name = assetNames.get(i) == null ? "" : assetNames.get(i).strip();
            Matcher mention = name.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}@])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(tagged);
            if (mention != null && mention.find()) {
                tagged = tagged.substring(0, mention.start()) + "@" + tags.get(i) + tagged.substring(mention.end());
            } else {
                unmentioned.add("@" + tags.get(i));
            }
        }
        if (unmentioned.isEmpty()) {
            return tagged;
        }
        String separator = tagged.isBlank() || tagged.strip().endsWith(".") ? " " : ". ";
        return (tagged.strip() + separator + "Reference: " + String.join(", ", unmentioned) + ".").strip();
    }
}
