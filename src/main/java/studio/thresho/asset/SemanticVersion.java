package studio.thresho.asset;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studio.thresho.asset.category.VersionBump;

/** An asset version number, major.minor.patch, starting at 1.0.0. */
public record SemanticVersion(int major, int minor, int patch) implements Comparable<SemanticVersion> {

    public static final SemanticVersion FIRST = new SemanticVersion(1, 0, 0);
    private static final Pattern FORMAT = Pattern.compile("(\\d{1,5})\\.(\\d{1,5})\\.(\\d{1,5})");

    public static SemanticVersion parse(String text) {
        Matcher matcher = text == null ? null : FORMAT.matcher(text.trim().replaceFirst("^v", ""));
        if (matcher == null || !matcher.matches()) {
            throw new IllegalArgumentException("Not a version number like 1.2.0: " + text);
        }
        return new SemanticVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)));
    }

    public SemanticVersion next(VersionBump bump) {
        return switch (bump) {
            case MAJOR -> new SemanticVersion(major + 1, 0, 0);
            case MINOR -> new SemanticVersion(major, minor + 1, 0);
            case PATCH -> new SemanticVersion(major, minor, patch + 1);
        };
    }

    @Override
    public int compareTo(SemanticVersion other) {
        int byMajor = Integer.compare(major, other.major);
        if (byMajor != 0) {
            return byMajor;
        }
        int byMinor = Integer.compare(minor, other.minor);
        return byMinor != 0 ? byMinor : Integer.compare(patch, other.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
