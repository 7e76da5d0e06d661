package studio.thresho.media;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv4.IPv4Address;
import inet.ipaddr.ipv6.IPv6Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which addresses bytes may be fetched from (OWASP's SSRF cheat sheet): none in the loopback,
 * private, link-local, carrier-grade NAT, unique-local, multicast, unspecified, reserved or
 * documentation ranges, however the address is written. Hosts written as numbers are read the way
 * C's {@code inet_aton} reads them ({@code 0177.0.0.1}, {@code 2130706433}, {@code 0x7f.1} are all
 * 127.0.0.1), and IPv6 addresses that carry an IPv4 address (mapped, compatible, 6to4, NAT64) are
 * judged by that address too.
 */
final class AddressRules {

    private static final List<Range> BLOCKED = List.of(
            new Range("0.0.0.0/8", "an unspecified address"),
            new Range("10.0.0.0/8", "a private address"),
            new Range("100.64.0.0/10", "a carrier-grade NAT address"),
            new Range("127.0.0.0/8", "a loopback address"),
            new Range("169.254.0.0/16", "a link-local address"),
            new Range("172.16.0.0/12", "a private address"),
            new Range("192.0.0.0/24", "a reserved address"),
            new Range("192.0.2.0/24", "a documentation address"),
            new Range("192.168.0.0/16", "a private address"),
            new Range("198.18.0.0/15", "a reserved address"),
            new Range("198.51.100.0/24", "a documentation address"),
            new Range("203.0.113.0/24", "a documentation address"),
            new Range("224.0.0.0/4", "a multicast address"),
            new Range("240.0.0.0/4", "a reserved address"),
            new Range("::/128", "an unspecified address"),
            new Range("::1/128", "a loopback address"),
            new Range("100::/64", "a discard address"),
            new Range("2001:db8::/32", "a documentation address"),
            new Range("fc00::/7", "a unique-local address"),
            new Range("fe80::/10", "a link-local address"),
            new Range("fec0::/10", "a site-local address"),
            new Range("ff00::/8", "a multicast address"));
    private static final Range LOOPBACK_V4 = BLOCKED.get(3);
    private static final Range LOOPBACK_V6 = BLOCKED.get(15);
    private static final IPAddress NAT64 = new IPAddressString("64:ff9b::/96").getAddress();
    /** Numbers and dots, or inet_aton's hexadecimal parts: meant as an address, even when not a valid one. */
    private static final Pattern NUMERIC_HOST = Pattern.compile("(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]+))*\\.?",
            Pattern.CASE_INSENSITIVE);

    private record Range(IPAddress block, String kind) {
        Range(String cidr, String kind) {
            this(new IPAddressString(cidr).getAddress(), kind);
        }
    }

    /** Kinds of address that lead into a local network rather than to a public host. */
    private static final Set<String> PRIVATE_NETWORK_KINDS = Set.of("a private address", "a loopback address", "a link-local address",
            "a carrier-grade NAT address", "a unique-local address", "a site-local address", "an unspecified address");

    private AddressRules() {
    }

    /** Whether a kind {@link #refusal} gives is an address on a private network (rather than a reserved or multicast one). */
    static boolean onPrivateNetwork(String kind) {
        return PRIVATE_NETWORK_KINDS.contains(kind);
    }

    /**
     * The address a URL host names directly, in any notation; empty for a host name.
     *
     * @throws FetchRefusedException for a host that looks like a number but is no valid address
     */
    static Optional<InetAddress> literal(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        IPAddress address = new IPAddressString(bare).getAddress();
        if (address != null) {
            return Optional.of(address.toInetAddress());
        }
        if (NUMERIC_HOST.matcher(bare).matches() || bare.contains(":")) {
            throw new FetchRefusedException("\"" + host + "\" is not a valid address.");
        }
        return Optional.empty();
    }

    /** Why bytes may not be fetched from this address, or empty when they may. */
    static Optional<String> refusal(InetAddress inet, boolean loopbackAllowed) {
        IPAddress address = new IPAddressString(inet.getHostAddress()).getAddress();
        if (address == null) {
            return Optional.of("an address that cannot be read");
        }
        Optional<IPv4Address> embedded = embeddedIPv4(address);
        if (embedded.isPresent()) {
            return refusal(embedded.get().toInetAddress(), loopbackAllowed);
        }
        for (Range range : BLOCKED) {
            if (range.block().contains(address)) {
                boolean loopback = range == LOOPBACK_V4 || range == LOOPBACK_V6;
                return loopback && loopbackAllowed ? Optional.empty() : Optional.of(range.kind());
            }
        }
        return Optional.empty();
    }

    private static Optional<IPv4Address> embeddedIPv4(IPAddress address) {
        if (!(address instanceof IPv6Address v6)) {
            return Optional.empty();
        }
        if (v6.isIPv4Mapped() || v6.isIPv4Compatible() && !v6.isLoopback() && !v6.isZero()) {
            return Optional.of(v6.getEmbeddedIPv4Address());
        }
        if (v6.is6To4()) {
            return Optional.of(v6.get6To4IPv4Address());
        }
        if (NAT64.contains(v6)) {
            return Optional.of(v6.getEmbeddedIPv4Address());
        }
        return Optional.empty();
    }
}
