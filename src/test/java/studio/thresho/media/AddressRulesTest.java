package studio.thresho.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The address ranges the fetcher refuses, checked without any network traffic. */
class AddressRulesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            127.0.0.1           | a loopback address
            127.255.0.9         | a loopback address
            ::1                 | a loopback address
            10.0.0.1            | a private address
            172.16.5.4          | a private address
            192.168.1.20        | a private address
            169.254.169.254     | a link-local address
            fe80::1             | a link-local address
            100.64.0.1          | a carrier-grade NAT address
            fd12:3456::1        | a unique-local address
            224.0.0.251         | a multicast address
            ff02::1             | a multicast address
            0.0.0.0             | an unspecified address
            ::                  | an unspecified address
            255.255.255.255     | a reserved address
            ::ffff:127.0.0.1    | a loopback address
            ::ffff:10.0.0.1     | a private address
            64:ff9b::a00:1      | a private address
            2002:a00:1::        | a private address
            """)
    void refusedRanges(String address, String kind) throws UnknownHostException {
        assertThat(AddressRules.refusal(InetAddress.getByName(address), false)).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "151.101.1.69", "2606:4700:4700::1111", "172.32.0.1", "100.128.0.1"})
    void publicAddressesAreAllowed(String address) throws UnknownHostException {
        assertThat(AddressRules.refusal(InetAddress.getByName(address), false)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1", "::ffff:127.0.0.1"})
    void theTestSettingAllowsLoopbackOnly(String address) throws UnknownHostException {
        assertThat(AddressRules.refusal(InetAddress.getByName(address), true)).isEmpty();
        assertThat(AddressRules.refusal(InetAddress.getByName("10.0.0.1"), true)).contains("a private address");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0177.0.0.1", "2130706433", "0x7f.1", "0x7f000001", "017700000001", "127.1", "[::ffff:127.0.0.1]", "[::1]"})
    void everyWayOfWritingLoopbackIsReadAsLoopback(String host) {
        InetAddress address = AddressRules.literal(host).orElseThrow();
        assertThat(AddressRules.refusal(address, false)).contains("a loopback address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"08.1.1.1", "1.2.3.4.5", "0x", "[::zz]"})
    void numericHostsThatAreNoValidAddressAreRefused(String host) {
        assertThatThrownBy(() -> AddressRules.literal(host)).isInstanceOf(FetchRefusedException.class).hasMessageContaining("not a valid address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"api.bfl.ai", "delivery-eu1.bfl.ai", "cafe.de", "1e100.net"})
    void namesAreNoLiterals(String host) {
        assertThat(AddressRules.literal(host)).isEmpty();
    }
}
