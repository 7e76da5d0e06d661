package studio.thresho.media;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Turns a host name into addresses for {@link UrlFetcher}. The system's DNS by default
 * ({@link SystemHostResolver}); tests make a name resolve wherever they need.
 */
@FunctionalInterface
public interface HostResolver {

    HostResolver SYSTEM = new SystemHostResolver();

    List<InetAddress> resolve(String host) throws UnknownHostException;
}
