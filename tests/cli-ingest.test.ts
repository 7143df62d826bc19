import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { watchEvents } from "@inkstream/bus";
import type { IngestRequested } from "@inkstream/contracts";
import { createTestEnv, type TestEnv } from "@inkstream/testkit";
import { cliEnv, cliTestTimeout, runCli } from "./cli-harness.ts";

// No fetcher runs here: the requests must wait in the stream, and nothing is fetched.
let env: TestEnv;
let watch: Awaited<ReturnType<typeof watchEvents>>;
const requests: IngestRequested[] = [];

beforeAll(async () => {
  env = await createTestEnv("cli-ingest");
  watch = await watchEvents(env.bus, ["ingestRequested"]);
  void (async () => {
    for await (const ev of watch) if (ev.key === "ingestRequested") requests.push(ev.payload);
  })();
});

afterAll(async () => {
  await watch?.close();
  await env?.cleanup();
});

async function until(cond: () => boolean, ms = 15_000) {
  const end = Date.now() + ms;
  while (!cond() && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
  return cond();
}

describe("inkstream ingest", () => {
  it("publishes one ingest request per URL and file, kept in the stream while no fetcher runs", { timeout: cliTestTimeout(1) }, async () => {
    const url = "http://127.0.0.1:9/politik/waffenruhe.html";
    const r = await runCli(["ingest", url, "samples/de-baerbock-waffenruhe.html"], { env: cliEnv(env) });
    expect(r.code).toBe(0);
    const file = new URL("../samples/de-baerbock-waffenruhe.html", import.meta.url).href;
    expect(r.lines).toEqual([
      { url, outcome: "requested" },
      { url: file, outcome: "requested" },
    ]);
    expect(r.stderr).toContain(`no fetcher has consumed namespace "${env.namespace}" yet`);
    expect(await until(() => requests.length === 2)).toBe(true);
    expect(requests.map((q) => [q.url, q.source])).toEqual([
      [url, "cli"],
      [file, "cli"],
    ]);
  });

  it("asks for an input when given none, with exit 2 and nothing published", { timeout: cliTestTimeout(1) }, async () => {
    const before = requests.length;
    const r = await runCli(["ingest"], { env: cliEnv(env) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/ingest/);
    await new Promise((done) => setTimeout(done, 500));
    expect(requests.length).toBe(before);
  });
});
