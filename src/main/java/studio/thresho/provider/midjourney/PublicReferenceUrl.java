package studio.thresho.provider.midjourney;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import studio.thresho.base.UserFacingException;

/**
 * Midjourney downloads reference images itself, so a reference must be an http(s) address on the public
 * internet. Only the address is inspected, nothing is resolved: a host name that resolves to a private
 * address passes, a loopback, private or link-local address or an intranet name does not.
 */
final class PublicReferenceUrl {

    private static final Pattern DOTTED_QUAD = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern DIGITS_AND_DOTS = Pattern.compile("[\\d.]+");
    private static final List<String> LOCAL_SUFFIXES = List.of(".localhost", ".local", ".internal", ".lan", ".home.arpa");

    private PublicReferenceUrl() {
    }

    /** The address, stripped, when Midjourney can fetch it; otherwise a refusal that says why. */
    static String require(String url, String assetName) {
        String address = url == null ? "" : url.strip();
        URI uri = parse(address);
        String scheme = uri == null ? null : uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) || uri.getHost() == null) {
            String owner = assetName == null || assetName.isBlank() ? "a reference image" : assetName + "'s reference image";
            throw new UserFacingException("Midjourney needs a public http(s) address for " + owner + "; \"" + address + "\" is not one.");
        }
        if (!reachableFromTheInternet(uri.getHost())) {
            throw new UserFacingException("Midjourney fetches references from the internet; " + address
                    + " is not reachable from there. Set PUBLIC_BASE_URL to the address the studio's server is reachable at.");
        }
        return address;
    }

    private static URI parse(String address) {
        try {
            return new URI(address);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static boolean reachableFromTheInternet(String rawHost) {
        String host = rawHost.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.startsWith("[")) {
            return publicIpv6(host);
        }
        if (DIGITS_AND_DOTS.matcher(host).matches()) {
            // a bare number such as 2130706433 is 127.0.0.1 to most clients, so only a full dotted quad is judged
            return DOTTED_QUAD.matcher(host).matches() && publicIpv4(host);
        }
        boolean intranetName = !host.contains(".") || LOCAL_SUFFIXES.stream().anyMatch(host::endsWith);
        return !intranetName;
    }

    private static boolean publicIpv4(String dottedQuad) {
        String[] parts = dottedQuad.split("\\.");
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            int octet = Integer.parseInt(parts[i]);
            if (octet > 255) {
                return false;
            }
            bytes[i] = (byte) octet;
        }
        try {
            return publicAddress(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Given in brackets, {@link InetAddress#getByName} only parses the literal and never asks a name server. */
    private static boolean publicIpv6(String bracketedLiteral) {
        try {
            return publicAddress(InetAddress.getByName(bracketedLiteral));
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static boolean publicAddress(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean thisNetwork = bytes.length == 4 && bytes[0] == 0;
        boolean sharedAddressSpace = bytes.length == 4 && (bytes[0] & 0xFF) == 100 && (bytes[1] & 0xC0) == 64;
        boolean uniqueLocalIpv6 = bytes.length == 16 && (bytes[0] & 0xFE) == 0xFC;
        return !(address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || thisNetwork || sharedAddressSpace || uniqueLocalIpv6);
    }
}
