package studio.thresho.provider.settings;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import studio.thresho.base.UserFacingException;

/**
 * Where a provider's key may go: to the origin (scheme, host, port) of the base URL it was saved
 * for, and over https to the hosts listed as the provider's own ({@code api.eu.bfl.ai}, or
 * {@code *.bfl.ai} for every subdomain). Nowhere else, whatever address an answer names.
 */
public final class ProviderHosts {

    public static final int KEY_HOSTS_MAX_LENGTH = 1000;
    private static final Pattern HOST = Pattern.compile("(\\*\\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");

    private ProviderHosts() {
    }

    /** {@code https://api.bfl.ai:443}: the unit a stored key is bound to; empty for no URL. */
    public static String origin(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        try {
            URI uri = URI.create(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
            return scheme + "://" + (uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT)) + ":" + port;
        } catch (IllegalArgumentException notAUrl) {
            return "";
        }
    }

    static boolean receivesKey(String url, String baseUrl, List<String> keyHosts) {
        String origin = origin(url);
        if (origin.isEmpty()) {
            return false;
        }
        if (origin.equals(origin(baseUrl))) {
            return true;
        }
        URI uri = URI.create(url.trim());
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            return false;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return keyHosts.stream().anyMatch(pattern -> pattern.startsWith("*.") ? host.endsWith(pattern.substring(1)) : host.equals(pattern));
    }

    /** The hosts an administrator typed, comma- or space-separated, each a host name or {@code *.domain}. */
    static List<String> parse(String typed) {
        List<String> hosts = new ArrayList<>();
        if (typed == null) {
            return hosts;
        }
        for (String part : typed.toLowerCase(Locale.ROOT).split("[,\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            if (!HOST.matcher(part).matches() || part.equals("*.")) {
                throw new UserFacingException("\"" + part + "\" is not a host name; write names such as api.eu.bfl.ai or *.bfl.ai, "
                        + "separated by commas.");
            }
            hosts.add(part);
        }
        return hosts;
    }

    static String format(List<String> hosts) {
        return String.join(", ", hosts);
    }
}
