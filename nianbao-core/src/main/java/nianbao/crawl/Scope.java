package nianbao.crawl;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where the crawl may go: http and https to the hosts of the site list (and the hosts a site's row
 * allows, such as its attachment server), at addresses that are neither link-local, multicast, nor
 * the cloud's metadata service, and loopback or private only where a listed host itself is (a test
 * site on loopback, an intranet). Every request is checked after its host is resolved, and every
 * redirect: a site cannot send the crawler to 169.254.169.254 or to another machine on its network.
 */
final class Scope {

    private final Set<String> hosts = new HashSet<>();
    /** Addresses the listed hosts themselves resolve to: loopback or private ones are allowed there only. */
    private final Set<InetAddress> listed = new HashSet<>();
    private final Resolver resolver;

    /** Resolves a host's addresses; tests give fixed ones, so that no query leaves the machine. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    Scope(Collection<Site> sites, Resolver resolver) {
        this.resolver = resolver;
        for (var site : sites) {
            hosts.add(site.url().getHost().toLowerCase(Locale.ROOT));
            for (var allowed : site.allowedHosts()) {
                hosts.add(allowed.toLowerCase(Locale.ROOT));
            }
        }
        for (var host : hosts) {
            try {
                listed.addAll(List.of(resolver.resolve(host)));
            } catch (UnknownHostException e) {
                // A host that does not resolve now is refused when asked for, with that reason.
            }
        }
    }

    Scope(Collection<Site> sites) {
        this(sites, InetAddress::getAllByName);
    }

    /** Why a URL may not be requested, or null when it may. */
    String refusal(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "not an http(s) URL (" + scheme + ":)";
        }
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        if (!hosts.contains(host)) {
            return "off-site: " + host + " is not a host of the site list (allow it in the site's row)";
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return "the host " + host + " does not resolve";
        }
        return refusal(host, addresses);
    }

    /** Why a host at these addresses may not be requested, or null. */
    String refusal(String host, InetAddress[] addresses) {
        var problems = new ArrayList<String>();
        for (var a : addresses) {
            String why = forbidden(a);
            if (why != null) {
                problems.add(a.getHostAddress() + " is " + why);
            }
        }
        return problems.isEmpty() ? null : "refused address: " + host + " resolves to " + String.join(", ", problems);
    }

    private String forbidden(InetAddress a) {
        if (isMetadata(a)) {
            return "the cloud metadata service";
        }
        if (a.isLinkLocalAddress()) {
            return "link-local";
        }
        if (a.isMulticastAddress() || a.isAnyLocalAddress()) {
            return "not a host address";
        }
        boolean inside = a.isLoopbackAddress() || a.isSiteLocalAddress() || isUniqueLocal(a) || isSharedOrReserved(a);
        if (inside && !listed.contains(a)) {
            return a.isLoopbackAddress() ? "loopback, and no listed site is there" : "private, and no listed site is there";
        }
        return null;
    }

    private static boolean isMetadata(InetAddress a) {
        byte[] b = a.getAddress();
        return a instanceof Inet4Address && (b[0] & 0xFF) == 169 && (b[1] & 0xFF) == 254 && (b[2] & 0xFF) == 169
                && (b[3] & 0xFF) == 254
                || a instanceof Inet6Address && a.getHostAddress().equalsIgnoreCase("fd00:ec2:0:0:0:0:0:254");
    }

    /** fc00::/7, IPv6's private addresses. */
    private static boolean isUniqueLocal(InetAddress a) {
        return a instanceof Inet6Address && (a.getAddress()[0] & 0xFE) == 0xFC;
    }

    /** 100.64.0.0/10 (carrier-grade NAT) and 0.0.0.0/8: inside someone's network, not the public one. */
    private static boolean isSharedOrReserved(InetAddress a) {
        if (!(a instanceof Inet4Address)) {
            return false;
        }
        byte[] b = a.getAddress();
        return (b[0] & 0xFF) == 100 && (b[1] & 0xC0) == 64 || b[0] == 0;
    }
}
