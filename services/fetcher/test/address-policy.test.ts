import { describe, expect, it } from "vitest";
import { blockedRange, parseAllowList, refusal, unmapIPv4 } from "../src/index.ts";

// Pure checks: no address below is ever connected to.
describe("blockedRange", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["169.254.169.254", "link-local"],
    ["100.64.0.1", "cgnat"],
    ["0.0.0.0", "unspecified"],
    ["224.0.0.1", "multicast"],
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["fe80::1", "link-local"],
    ["fd00:ec2::254", "unique-local"],
    ["ff02::1", "multicast"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:a9fe:a9fe", "link-local"],
    ["[::1]", "loopback"],
  ])("refuses %s (%s)", (ip, label) => {
    expect(blockedRange(ip)).toBe(label);
  });

  it.each(["93.184.216.34", "172.32.0.1", "8.8.8.8", "2606:4700:4700::1111", "::ffff:93.184.216.34"])("lets public %s through", (ip) => {
    expect(blockedRange(ip)).toBeUndefined();
  });

  it("unmaps both spellings of IPv4-mapped IPv6", () => {
    expect(unmapIPv4("::ffff:10.0.0.1")).toBe("10.0.0.1");
    expect(unmapIPv4("::ffff:a00:1")).toBe("10.0.0.1");
    expect(unmapIPv4("2001:db8::1")).toBe("2001:db8::1");
  });
});

describe("allow list", () => {
  it("opens named hosts, single IPs and CIDR ranges, and nothing else", () => {
    const allow = parseAllowList(["127.0.0.1", "10.20.0.0/16", "intranet.example"]);
    expect(refusal("127.0.0.1", "127.0.0.1", allow)).toBeUndefined();
    expect(refusal("db", "10.20.3.4", allow)).toBeUndefined();
    expect(refusal("intranet.example", "192.168.1.5", allow)).toBeUndefined();
    expect(refusal("evil.example", "127.0.0.2", allow)).toMatch(/loopback/);
    expect(refusal("evil.example", "10.21.0.1", allow)).toMatch(/private/);
    expect(refusal("rebind.example", "::ffff:169.254.169.254", allow)).toMatch(/link-local/);
    expect(refusal("news.example", "93.184.216.34", allow)).toBeUndefined();
  });
});
