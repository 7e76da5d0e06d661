package studio.thresho.lora;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a trainer's log: how far it is (the last progress bar, "45%|████▌  | 450/1000", or the last
 * "step 450/1000") and its last lines for the page.
 */
final class TrainingLogs {

    static final int TAIL_LINES = 15;
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3})%\\|");
    private static final Pattern STEPS = Pattern.compile("(?i)(?:step\\s*)?(\\d+)\\s*/\\s*(\\d+)");

    private TrainingLogs() {
    }

    /** Percent done, or null when the log has no progress yet. */
    static Integer progress(String logs) {
        if (logs == null || logs.isEmpty()) {
            return null;
        }
        String last = lastMatch(PERCENT.matcher(logs), 1);
        if (last != null) {
            return Math.min(100, Integer.parseInt(last));
        }
        Matcher steps = STEPS.matcher(logs);
        Integer percent = null;
        while (steps.find()) {
            long done = Long.parseLong(steps.group(1));
            long total = Long.parseLong(steps.group(2));
            if (total > 0 && done <= total) {
                percent = (int) (done * 100 / total);
            }
        }
        return percent;
    }

    /** The last {@value #TAIL_LINES} lines, progress bars redrawn with carriage returns reduced to their last state. */
    static String tail(String logs) {
        if (logs == null || logs.isEmpty()) {
            return null;
        }
        String[] lines = logs.replace("\r\n", "\n").split("\n");
        StringBuilder tail = new StringBuilder();
        for (int i = Math.max(0, lines.length - TAIL_LINES); i < lines.length; i++) {
            String line = lines[i];
            tail.append(line.substring(line.lastIndexOf('\r') + 1)).append('\n');
        }
        String text = tail.toString().stripTrailing();
        return text.length() <= LoraTrainingStore.LOG_TAIL_CHARS ? text : text.substring(text.length() - LoraTrainingStore.LOG_TAIL_CHARS);
    }

    private static String lastMatch(Matcher matcher, int group) {
        String last = null;
        while (matcher.find()) {
            last = matcher.group(group);
        }
        return last;
    }
}
