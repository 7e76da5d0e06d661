package studio.thresho.asset.ui;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two texts compared word by word: the left side marks what was removed, the right side what was
 * added, the words both share stay plain. Whitespace runs are tokens of their own so the text
 * keeps its spacing and line breaks.
 */
final class WordDiff {

    static final String REMOVED = "word-removed";
    static final String ADDED = "word-added";

    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

    private WordDiff() {
    }

    /** @return the left side and the right side, each a {@link Div} of plain and marked spans */
    static Div[] sides(String left, String right) {
        List<String> before = tokens(left);
        List<String> after = tokens(right);
        Div leftSide = new Div();
        Div rightSide = new Div();
        int leftAt = 0;
        int rightAt = 0;
        for (int[] change : changes(before, after)) {
            leftAt = plain(leftSide, before, leftAt, change[0]);
            rightAt = plain(rightSide, after, rightAt, change[2]);
            if (change[1] > change[0]) {
                leftSide.add(marked(before.subList(change[0], change[1]), REMOVED));
            }
            if (change[3] > change[2]) {
                rightSide.add(marked(after.subList(change[2], change[3]), ADDED));
            }
            leftAt = change[1];
            rightAt = change[3];
        }
        plain(leftSide, before, leftAt, before.size());
        plain(rightSide, after, rightAt, after.size());
        return new Div[] {leftSide, rightSide};
    }

    /**
     * The changed token ranges {sourceFrom, sourceTo, targetFrom, targetTo}; changes only a space
     * apart are one change, so "white t-shirt" to "black apron" reads as one replacement.
     */
    private static List<int[]> changes(List<String> before, List<String> after) {
        List<int[]> changes = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            int[] change = {delta.getSource().getPosition(), delta.getSource().getPosition() + delta.getSource().size(),
                    delta.getTarget().getPosition(), delta.getTarget().getPosition() + delta.getTarget().size()};
            int[] previous = changes.isEmpty() ? null : changes.getLast();
            if (previous != null && blank(before.subList(previous[1], change[0])) && blank(after.subList(previous[3], change[2]))) {
                previous[1] = change[1];
                previous[3] = change[3];
            } else {
                changes.add(change);
            }
        }
        return changes;
    }

    private static boolean blank(List<String> tokens) {
        return tokens.stream().allMatch(String::isBlank);
    }

    private static int plain(Div side, List<String> tokens, int from, int to) {
        if (to > from) {
            side.add(new Span(String.join("", tokens.subList(from, to))));
        }
        return to;
    }

    private static Span marked(List<String> tokens, String marker) {
        Span span = new Span(String.join("", tokens));
        span.addClassName(marker);
        return span;
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}
