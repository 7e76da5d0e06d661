package studio.thresho.provider.replicate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studio.thresho.provider.ProviderRefusedException;

/**
 * A Replicate model as the catalogue names it: {@code owner/name}, or {@code owner/name:version} to
 * pin one version (a trained LoRA's destination version, or a community model's tested version).
 */
record ReplicateModelName(String owner, String name, String version) {

    private static final Pattern FORM = Pattern.compile("([A-Za-z0-9][A-Za-z0-9._-]*)/([A-Za-z0-9][A-Za-z0-9._-]*)(?::([A-Za-z0-9]+))?");

    static ReplicateModelName parse(String text) {
        Matcher matcher = FORM.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new ProviderRefusedException("\"" + text + "\" is not a Replicate model name: it is written owner/name, or "
                    + "owner/name:version to pin a version.");
        }
        return new ReplicateModelName(matcher.group(1), matcher.group(2), matcher.group(3));
    }

    /** {@code owner/name} without the version. */
    String model() {
        return owner + "/" + name;
    }

    boolean pinned() {
        return version != null;
    }

    @Override
    public String toString() {
        return pinned() ? model() + ":" + version : model();
    }
}
