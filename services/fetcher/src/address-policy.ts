import { BlockList, isIP } from "node:net";

// Ranges a fetcher must never reach on its own: loopback, private, link-local (cloud metadata),
// CGNAT, multicast, unspecified, documentation/benchmark and reserved ranges (RFC 6890 and friends).
const BLOCKED_V4: [string, number, string][] = [
  ["0.0.0.0", 8, "unspecified"],
  ["10.0.0.0", 8, "private"],
  ["100.64.0.0", 10, "cgnat"],
  ["127.0.0.0", 8, "loopback"],
  ["169.254.0.0", 16, "link-local"],
  ["172.16.0.0", 12, "private"],
  ["192.0.0.0", 24, "ietf-protocol"],
  ["192.0.2.0", 24, "documentation"],
  ["192.88.99.0", 24, "6to4-relay"],
  ["192.168.0.0", 16, "private"],
  ["198.18.0.0", 15, "benchmarking"],
  ["198.51.100.0", 24, "documentation"],
  ["203.0.113.0", 24, "documentation"],
  ["224.0.0.0", 4, "multicast"],
  ["240.0.0.0", 4, "reserved"],
];
const BLOCKED_V6: [string, number, string][] = [
  ["::", 128, "unspecified"],
  ["::1", 128, "loopback"],
  ["64:ff9b::", 96, "nat64"],
  ["100::", 64, "discard"],
  ["2001:db8::", 32, "documentation"],
  ["fc00::", 7, "unique-local"],
  ["fe80::", 10, "link-local"],
  ["ff00::", 8, "multicast"],
];

const blocked = BLOCKED_V4.map(([net, prefix, label]) => ({ list: listOf("ipv4", net, prefix), label }))
  .concat(BLOCKED_V6.map(([net, prefix, label]) => ({ list: listOf("ipv6", net, prefix), label })));

function listOf(type: "ipv4" | "ipv6", net: string, prefix: number): BlockList {
  const l = new BlockList();
  l.addSubnet(net, prefix, type);
  return l;
}

/** `::ffff:10.0.0.1` and `::ffff:a00:1` are IPv4 addresses in IPv6 clothing: judge them as IPv4. */
export function unmapIPv4(address: string): string {
  const m = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (m?.[1]) return m[1];
  const h = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (h?.[1] && h[2]) {
    const hi = parseInt(h[1], 16);
    const lo = parseInt(h[2], 16);
    return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  }
  return address;
}

/** The label of the forbidden range an IP address is in, or undefined when it is a public address. */
export function blockedRange(address: string): string | undefined {
  const ip = unmapIPv4(address.replace(/^\[|\]$/g, "").split("%")[0] ?? "");
  const family = isIP(ip);
  if (family === 0) return "not-an-ip";
  const type = family === 4 ? "ipv4" : "ipv6";
  return blocked.find((b) => b.list.check(ip, type))?.label;
}

/** Hosts, IPs and CIDR ranges an operator opened explicitly (INK_FETCH_ALLOW_HOSTS). */
export interface AllowList {
  allowsHost(hostname: string): boolean;
  allowsAddress(address: string): boolean;
}

export function parseAllowList(entries: readonly string[]): AllowList {
  const hosts = new Set<string>();
  const ranges = new BlockList();
  for (const raw of entries) {
    const e = raw.trim().toLowerCase();
    if (!e) continue;
    const [net, prefix] = e.split("/");
    const family = isIP(net ?? "");
    if (family !== 0 && net) {
      const type = family === 4 ? "ipv4" : "ipv6";
      if (prefix !== undefined) ranges.addSubnet(net, Number(prefix), type);
      else ranges.addAddress(net, type);
    } else {
      hosts.add(e);
    }
  }
  return {
    allowsHost: (hostname) => hosts.has(hostname.toLowerCase().replace(/^\[|\]$/g, "")),
    allowsAddress: (address) => {
      const ip = unmapIPv4(address);
      const family = isIP(ip);
      return family !== 0 && ranges.check(ip, family === 4 ? "ipv4" : "ipv6");
    },
  };
}

/** Why a connection to this address is refused, or undefined when it may go ahead. */
export function refusal(hostname: string, address: string, allow: AllowList): string | undefined {
  if (allow.allowsHost(hostname) || allow.allowsAddress(address)) return undefined;
  const range = blockedRange(address);
  return range ? `${hostname} resolves to ${address} (${range})` : undefined;
}
