package dev.aegisplanner.model.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A parsed IPv4 or IPv6 address, or IPv6 prefix, as it may appear in a pool. Comparison and
 * membership use the parsed value, so {@code 2001:DB8::1} and {@code 2001:db8::1} are the same address.
 *
 * @param bytes 4 bytes for IPv4, 16 for IPv6 (for a prefix, the network address with host bits cleared)
 * @param prefixLength the prefix length for an IPv6 prefix, or -1 for a single address
 */
public record IpAddress(byte[] bytes, int prefixLength) {

    private static final Pattern IPV4 = Pattern.compile("(0|[1-9][0-9]{0,2})(\\.(0|[1-9][0-9]{0,2})){3}");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]+");

    public boolean isIpv4() {
        return bytes.length == 4;
    }

    public boolean isIpv6() {
        return bytes.length == 16;
    }

    public boolean isPrefix() {
        return prefixLength >= 0;
    }

    /** Parses a dotted-quad IPv4 address, strictly (no leading zeros, no shorthand). */
    public static Optional<IpAddress> parseIpv4(String text) {
        if (text == null || !IPV4.matcher(text).matches()) {
            return Optional.empty();
        }
        String[] parts = text.split("\\.");
        byte[] b = new byte[4];
        for (int i = 0; i < 4; i++) {
            int v = Integer.parseInt(parts[i]);
            if (v > 255) {
                return Optional.empty();
            }
            b[i] = (byte) v;
        }
        return Optional.of(new IpAddress(b, -1));
    }

    /** Parses an IPv6 address (no zone index) or, with {@code /n}, an IPv6 prefix. */
    public static Optional<IpAddress> parseIpv6(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        int slash = text.indexOf('/');
        String addressPart = slash < 0 ? text : text.substring(0, slash);
        int length = -1;
        if (slash >= 0) {
            String len = text.substring(slash + 1);
            if (!len.matches("0|[1-9][0-9]{0,2}")) {
                return Optional.empty();
            }
            length = Integer.parseInt(len);
            if (length > 128) {
                return Optional.empty();
            }
        }
        if (!addressPart.contains(":") || !IPV6_CHARS.matcher(addressPart).matches()) {
            return Optional.empty();
        }
        byte[] b;
        try {
            // Brackets make the JDK treat the text as an IPv6 literal: it parses, never resolves a name.
            b = InetAddress.getByName("[" + addressPart + "]").getAddress();
        } catch (UnknownHostException | RuntimeException e) {
            return Optional.empty();
        }
        if (b.length != 16) {
            // An IPv4-mapped literal (::ffff:a.b.c.d) comes back as IPv4; it is no IPv6 egress address.
            return Optional.empty();
        }
        if (length >= 0) {
            clearHostBits(b, length);
        }
        return Optional.of(new IpAddress(b, length));
    }

    /** An IPv4 address, an IPv6 address or an IPv6 prefix. */
    public static Optional<IpAddress> parse(String text) {
        Optional<IpAddress> v4 = parseIpv4(text);
        return v4.isPresent() ? v4 : parseIpv6(text);
    }

    /** Whether this address or prefix contains {@code other} (an address contains only itself). */
    public boolean contains(IpAddress other) {
        if (bytes.length != other.bytes.length) {
            return false;
        }
        int bits = isPrefix() ? prefixLength : bytes.length * 8;
        for (int i = 0; i < bits; i++) {
            if (bit(bytes, i) != bit(other.bytes, i)) {
                return false;
            }
        }
        return !(other.isPrefix() && other.prefixLength < bits);
    }

    /** Whether the two ranges share any address. */
    public boolean overlaps(IpAddress other) {
        return contains(other) || other.contains(this);
    }

    /** The canonical text: dotted quad, or RFC 5952 compressed lower-case IPv6 (with {@code /n} for a prefix). */
    public String canonical() {
        if (isIpv4()) {
            return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + "." + (bytes[3] & 0xff);
        }
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(groups[i]));
        }
        return isPrefix() ? sb + "/" + prefixLength : sb.toString();
    }

    /** Unsigned numeric order of the address bytes: a stable order for choosing among IPs. */
    public int compareNumerically(IpAddress other) {
        if (bytes.length != other.bytes.length) {
            return Integer.compare(bytes.length, other.bytes.length);
        }
        for (int i = 0; i < bytes.length; i++) {
            int c = Integer.compare(bytes[i] & 0xff, other.bytes[i] & 0xff);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(prefixLength, other.prefixLength);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IpAddress other && prefixLength == other.prefixLength
                && java.util.Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(bytes) * 31 + prefixLength;
    }

    @Override
    public String toString() {
        return canonical();
    }

    private static int bit(byte[] b, int i) {
        return (b[i / 8] >> (7 - i % 8)) & 1;
    }

    private static void clearHostBits(byte[] b, int length) {
        for (int i = length; i < b.length * 8; i++) {
            b[i / 8] &= (byte) ~(1 << (7 - i % 8));
        }
    }
}
