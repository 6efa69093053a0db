/**
 * Whether a host is on the public internet, so that nothing about an intranet, a private
 * address or the user's own machine is sent to a third party or looked up in public DNS.
 * Pure and browser-free: the Public Suffix List answer (tldts, loaded lazily, see
 * discovery/domain-lookup.ts) is passed in as `knownSuffix` where it is available.
 *
 * Not public:
 * - IP literals in special-purpose ranges: the IANA IPv4 and IPv6 special-purpose registries
 *   (https://www.iana.org/assignments/iana-ipv4-special-registry/,
 *   https://www.iana.org/assignments/iana-ipv6-special-registry/): private (RFC 1918), shared
 *   (RFC 6598), loopback, link-local, unique-local, documentation, benchmarking, multicast and
 *   reserved ranges, and IPv4-mapped or NAT64 forms of any of these;
 * - names reserved for local use: localhost, .local (RFC 6762), .home.arpa (RFC 8375),
 *   .internal (ICANN, 2024), .test/.example/.invalid/.localhost (RFC 6761), .onion (RFC 7686),
 *   .alt (RFC 9476), and the suffixes intranets use by habit (.lan, .corp, .home, .intranet,
 *   .private, .localdomain);
 * - single-label names (`intranet`, `printer`), which only a local resolver can answer;
 * - names whose suffix the Public Suffix List does not know, when the list was consulted.
 */

/** Why a host is not public (for tests and logs), or 'public'. */
export type HostScope = 'public' | 'invalid' | 'private-ip' | 'local-name' | 'single-label' | 'unknown-suffix';

const LOCAL_SUFFIXES = [
  'localhost', 'local', 'internal', 'home.arpa', 'test', 'example', 'invalid', 'onion', 'alt',
  'lan', 'corp', 'home', 'intranet', 'private', 'localdomain', 'arpa',
];

/** IPv4 special-purpose ranges as [first octets as a 32-bit number, prefix length]. */
const V4_BLOCKS: ReadonlyArray<readonly [string, number]> = [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16],
  ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16],
  ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
];

function v4Number(text: string): number | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let n = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return null;
    n = n * 256 + Number(part);
  }
  return n;
}

function v4IsSpecial(n: number): boolean {
  return V4_BLOCKS.some(([base, bits]) => {
    const b = v4Number(base) ?? 0;
    const size = 2 ** (32 - bits);
    return Math.floor(n / size) === Math.floor(b / size);
  });
}

/** Eight 16-bit groups of a WHATWG-serialised IPv6 address (hex groups, at most one `::`). */
function v6Groups(text: string): number[] | null {
  if (!/^[0-9a-f:]+$/.test(text) || text.length > 39) return null;
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const read = (s: string): number[] => (s === '' ? [] : s.split(':').map((g) => parseInt(g, 16)));
  const head = read(halves[0] ?? '');
  const tail = halves.length === 2 ? read(halves[1] ?? '') : [];
  const fill = 8 - head.length - tail.length;
  if ((halves.length === 1 && fill !== 0) || (halves.length === 2 && fill < 1)) return null;
  const groups = [...head, ...Array<number>(halves.length === 2 ? fill : 0).fill(0), ...tail];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

function v6IsSpecial(g: number[]): boolean {
  const [a = 0, b = 0] = g;
  const embeddedV4 = (g[6] ?? 0) * 65536 + (g[7] ?? 0);
  if (g.slice(0, 6).every((x) => x === 0)) return true; // ::, ::1 and the deprecated ::a.b.c.d
  if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) return v4IsSpecial(embeddedV4); // ::ffff:a.b.c.d
  if (a === 0x64 && b === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return v4IsSpecial(embeddedV4); // NAT64
  if ((a & 0xfe00) === 0xfc00) return true; // fc00::/7 unique local
  if ((a & 0xffc0) === 0xfe80 || (a & 0xffc0) === 0xfec0) return true; // link-local, old site-local
  if ((a & 0xff00) === 0xff00) return true; // multicast
  if (a === 0x2001 && b === 0x0db8) return true; // documentation
  if (a === 0x2001 && b < 0x0200) return true; // 2001::/23 IETF protocol assignments (Teredo, benchmarking…)
  return a === 0x0100 && g.slice(1, 4).every((x) => x === 0); // 100::/64 discard
}

/**
 * The host as a URL would carry it (lowercase, punycode, no port, no trailing dot, IPv6 in
 * brackets), or null when it is no valid host. Accepts `host`, `host:port` or `[v6]:port`.
 */
export function normaliseHost(input: string): string | null {
  if (input.length === 0 || input.length > 300 || /[/?#@\\\s]/.test(input)) return null;
  try {
    const host = new URL(`http://${input}/`).hostname;
    return host.replace(/\.$/, '') || null;
  } catch {
    return null;
  }
}

/**
 * How public a host is.
 * @param knownSuffix whether the Public Suffix List knows the host's suffix (tldts'
 *   `isIcann`); undefined where the list is not loaded, then only the rules above apply
 */
export function hostScope(input: string, knownSuffix?: boolean): HostScope {
  const host = normaliseHost(input);
  if (host === null) return 'invalid';
  if (host.startsWith('[')) {
    const groups = v6Groups(host.slice(1, -1));
    if (groups === null) return 'invalid';
    return v6IsSpecial(groups) ? 'private-ip' : 'public';
  }
  const v4 = v4Number(host);
  if (v4 !== null) return v4IsSpecial(v4) ? 'private-ip' : 'public';
  if (!host.includes('.')) return host === 'localhost' ? 'local-name' : 'single-label';
  if (LOCAL_SUFFIXES.some((s) => host === s || host.endsWith(`.${s}`))) return 'local-name';
  if (knownSuffix === false) return 'unknown-suffix';
  return 'public';
}

/** True when the host may be named to a third party or looked up in public DNS. */
export function isPublicHost(input: string, knownSuffix?: boolean): boolean {
  return hostScope(input, knownSuffix) === 'public';
}

/**
 * The page address without what can carry secrets: query and fragment dropped (`?token=`,
 * `?sid=`, `#access_token=`), and user name and password. Null for anything but http(s).
 */
export function addressWithoutQuery(pageUrl: string): string | null {
  try {
    const url = new URL(pageUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.search = '';
    url.hash = '';
    url.username = '';
    url.password = '';
    return url.href;
  } catch {
    return null;
  }
}
