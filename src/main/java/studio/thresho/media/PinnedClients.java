package studio.thresho.media;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;

/**
 * An HTTP client for one request of {@link UrlFetcher}: it connects only to the addresses that were
 * checked for its host (its DNS resolver knows nothing else), follows no redirect, retries nothing
 * and keeps no cookies. TLS still verifies the certificate against the host name.
 */
final class PinnedClients {

    private PinnedClients() {
    }

    static CloseableHttpClient create(String host, InetAddress[] addresses, Duration connectTimeout, Duration left) {
        DnsResolver pinned = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String name) throws UnknownHostException {
                if (name.equalsIgnoreCase(host) || name.equalsIgnoreCase(bare(host))) {
                    return addresses.clone();
                }
                throw new UnknownHostException(name + " was not checked");
            }

            @Override
            public String resolveCanonicalHostname(String name) {
                return name;
            }
        };
        Timeout connect = Timeout.of(connectTimeout.compareTo(left) < 0 ? connectTimeout : left);
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setDnsResolver(pinned)
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(connect).setSocketTimeout(Timeout.of(left)).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(left)).build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .build();
    }

    /** The host without the brackets of an IPv6 literal. */
    static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
