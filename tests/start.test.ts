import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { createServer, type AddressInfo, type Server } from "node:net";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeHtml, extractArticle } from "@inkstream/extract";
import { runScript } from "./cli-harness.ts";

const root = resolve(import.meta.dirname, "..");
const installed = (bin: string) => spawnSync("sh", ["-c", `command -v ${bin}`]).status === 0;

/** Holds a port for the test (undefined when another process holds it already, which serves as well). */
function holdPort(port: number): Promise<Server | undefined> {
  return new Promise((res) => {
    const s = createServer();
    s.once("error", () => res(undefined)).listen(port, "127.0.0.1", () => res(s));
  });
}

function unusedPort(): Promise<number> {
  return new Promise((res) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as AddressInfo).port;
      s.close(() => res(port));
    });
  });
}

describe("pnpm start", () => {
  it.skipIf(!installed("nats-server") || !installed("redis-server"))(
    "starts private servers when nothing answers, indexes every sample page and says how to query them",
    { timeout: 120_000 },
    async () => {
      // nothing listens on these ports, so the script must bring its own servers and remove them after
      const [natsPort, redisPort] = [await unusedPort(), await unusedPort()];
      // the gateway's default port is taken: it moves to a free one, and the summary must say which
      const blocker = await holdPort(9100);
      const r = await runScript("scripts/start.ts", ["--once"], {
        timeoutMs: 90_000,
        env: { LOG_LEVEL: process.env["LOG_LEVEL"], NATS_URL: `nats://127.0.0.1:${natsPort}`, REDIS_URL: `redis://127.0.0.1:${redisPort}`, INK_NAMESPACE: "t_start" },
      }).finally(() => blocker?.close());
      expect(r.stderr).toMatch(/started private servers for this run/);
      expect(r.code, r.stderr).toBe(0);
      const indexed = r.stdout.split("\n").filter((l) => /^\s+(indexed|unchanged)\s+[0-9a-f]{20}\s+\[(de|en|fr|ru)\]/.test(l));
      expect(indexed).toHaveLength(4);
      expect(r.stdout).toContain("Baerbock: Keine Einigung über Waffenruhe ohne die Ukraine");
      // the hints name what differs from the defaults, so they reach this run's servers and namespace as printed
      const servers = /\(NATS (\S+), Redis (\S+)\)/.exec(r.stderr);
      expect(servers, r.stderr).not.toBeNull();
      expect(r.stdout).toMatch(new RegExp(`INK_NAMESPACE=t_start NATS_URL=${servers?.[1]} REDIS_URL=${servers?.[2]} pnpm inkstream get [0-9a-f]{20}`));
      expect(r.stdout).not.toMatch(/FAILED/);
      const gateway = /gateway (http:\/\/127\.0\.0\.1:(\d+))/.exec(r.stderr);
      expect(gateway, r.stderr).not.toBeNull();
      expect(gateway?.[2]).not.toBe("9100");
      expect(r.stdout).toContain(`curl '${gateway?.[1] ?? "?"}/v1/search?q=Ukraine'`);
    },
  );

  it("takes every sample's section from the page itself, never from the folder the samples are read from", () => {
    // pnpm start ingests the samples as file:// URLs of wherever the repository was cloned; the extractor's last
    // resort for a section is the URL's first folder, which would make `/tmp/inkstream/samples/x.html` section "tmp"
    const sections = Object.fromEntries(
      readdirSync(resolve(root, "samples"))
        .filter((f) => f.endsWith(".html"))
        .map((f) => {
          const page = decodeHtml(readFileSync(resolve(root, "samples", f)));
          return [f, extractArticle(page.html, { url: `file:///tmp/inkstream/samples/${f}` }).section];
        }),
    );
    expect(sections).toEqual({
      "de-baerbock-waffenruhe.html": { value: "Politik", source: "opengraph" },
      "en-river-restoration.html": { value: "Environment", source: "opengraph" },
      "fr-marche-immobilier.html": { value: "Économie", source: "json-ld" },
      "ru-zenit-spartak.html": { value: "football", source: "url" },
    });
  });
});
