// `pnpm start`: the whole pipeline in one process on local defaults, then the bundled samples ingested.
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { connectBus, ingestUrls } from "@inkstream/bus";
import { createLogger, type RunningService } from "@inkstream/runtime";
import { openStore } from "@inkstream/store";
import { loadFetcherConfig, startFetcher } from "@inkstream/fetcher";
import { loadParserConfig, startParser } from "@inkstream/parser";
import { loadEnricherConfig, startEnricher } from "@inkstream/enricher";
import { loadIndexerConfig, startIndexer } from "@inkstream/indexer";
import { loadGatewayConfig, startGateway } from "@inkstream/gateway";
import { answers, onPath, startPrivateServers, type PrivateServers } from "./local-servers.ts";
import { cliEnvPrefix, loadStartConfig } from "./start-config.ts";

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: { "no-samples": { type: "boolean", default: false }, once: { type: "boolean", default: false } },
});

const HOW_TO_GET = `Install them from Debian's packages (apt-get install nats-server redis-server), or run
  docker compose up nats redis
and try again (or point NATS_URL / REDIS_URL at running servers).`;

async function main(): Promise<number> {
  const { config, serviceEnv } = loadStartConfig();
  const logger = createLogger("inkstream", config.LOG_LEVEL);
  const nats = new URL(config.NATS_URL.split(",")[0]!.replace(/^nats:/, "http:"));
  const redis = new URL(config.REDIS_URL);
  const natsUp = await answers(nats.hostname, Number(nats.port || 4222));
  const redisUp = await answers(redis.hostname, Number(redis.port || 6379));
  let servers: PrivateServers | undefined;
  if (!natsUp || !redisUp) {
    const missing = [!natsUp && !onPath("nats-server") && "nats-server", !redisUp && !onPath("redis-server") && "redis-server"].filter(Boolean);
    if (missing.length > 0) {
      console.error(`Nothing answers at ${!natsUp ? config.NATS_URL : config.REDIS_URL}, and ${missing.join(" and ")} is not installed.\n${HOW_TO_GET}`);
      return 1;
    }
    servers = await startPrivateServers({ nats: !natsUp, redis: !redisUp });
    if (servers.natsUrl) serviceEnv.NATS_URL = servers.natsUrl;
    if (servers.redisUrl) serviceEnv.REDIS_URL = servers.redisUrl;
    console.error(`started private servers for this run: ${[servers.natsUrl, servers.redisUrl].filter(Boolean).join(", ")}`);
  }

  const services: Pick<RunningService, "name" | "stop">[] = [];
  const ports: string[] = [];
  let gatewayUrl = "";
  const stopAll = async () => {
    for (const s of services.reverse()) await s.stop();
    servers?.stop();
  };
  try {
    const started: RunningService[] = [
      await onSomePort((env) => startIndexer(loadIndexerConfig(env), logger.child({ service: "indexer" })), serviceEnv),
      await onSomePort((env) => startEnricher(loadEnricherConfig(env), logger.child({ service: "enricher" })), serviceEnv),
      await onSomePort((env) => startParser(loadParserConfig(env), logger.child({ service: "parser" })), serviceEnv),
      await onSomePort((env) => startFetcher(loadFetcherConfig(env), logger.child({ service: "fetcher" })), serviceEnv),
    ];
    services.push(...started);
    ports.push(...started.map((s) => `${s.name} :${s.healthPort}`));
    const gateway = await onSomePort((env) => startGateway(loadGatewayConfig(env), logger.child({ service: "gateway" })), serviceEnv);
    services.push(gateway);
    gatewayUrl = gateway.url;
    ports.push(`gateway ${gatewayUrl}`);
  } catch (err) {
    await stopAll();
    throw err;
  }
  const natsUrl = serviceEnv.NATS_URL ?? config.NATS_URL;
  const redisUrl = serviceEnv.REDIS_URL ?? config.REDIS_URL;
  console.error(`inkstream is running in namespace "${config.INK_NAMESPACE}" (NATS ${natsUrl}, Redis ${redisUrl}); health: ${ports.join(", ")}`);

  let failed = false;
  if (!values["no-samples"]) failed = await ingestSamples({ natsUrl, redisUrl, namespace: config.INK_NAMESPACE, gatewayUrl }, logger);

  if (values.once) {
    await stopAll();
    return failed ? 1 : 0;
  }
  console.error("Press Ctrl-C to stop.");
  await new Promise<void>((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });
  console.error("draining…");
  await stopAll();
  return 0;
}

/** Starts a service on its default port, or on a free one when another process holds that port. */
async function onSomePort<T>(start: (env: Record<string, string | undefined>) => Promise<T>, env: Record<string, string | undefined>): Promise<T> {
  try {
    return await start(env);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EADDRINUSE") throw err;
    console.error(`port in use (${(err as Error).message}); using a free port instead`);
    return start({ ...env, HTTP_PORT: "0" });
  }
}

interface Run {
  natsUrl: string;
  redisUrl: string;
  namespace: string;
  /** the gateway's address in this run: its default port, or the free one it took */
  gatewayUrl: string;
}

async function ingestSamples({ natsUrl, redisUrl, namespace, gatewayUrl }: Run, logger: ReturnType<typeof createLogger>): Promise<boolean> {
  const dir = resolve(import.meta.dirname, "..", "samples");
  const urls = readdirSync(dir).filter((f) => f.endsWith(".html")).sort().map((f) => pathToFileURL(join(dir, f)).href);
  const bus = await connectBus({ servers: natsUrl, namespace, name: "start", logger });
  const store = openStore(redisUrl, namespace);
  console.error(`ingesting ${urls.length} sample pages from samples/ …`);
  const outcomes = await ingestUrls(bus, urls, { source: "samples", wait: true, force: true, timeoutMs: 60_000 });
  const rows: string[] = [];
  for (const o of outcomes) {
    if (o.outcome === "failed") {
      rows.push(`  FAILED    ${o.url}  ${o.reason}: ${o.message}`);
      continue;
    }
    const r = await store.get(o.id);
    const tags = r ? r.tags.slice(0, 6).join(" ") : "";
    rows.push(`  ${o.outcome.padEnd(9)} ${o.id}  [${r?.language ?? "?"}] ${r?.title ?? ""}\n            ${r?.publishedAt ?? "no date"} · ${r?.stats.words ?? 0} words · ${tags}`);
  }
  console.log(`\nIndexed sample articles (namespace "${namespace}"):\n${rows.join("\n")}\n`);
  const first = outcomes.find((o) => o.outcome !== "failed");
  const cli = `${cliEnvPrefix({ natsUrl, redisUrl, namespace })}pnpm inkstream`;
  console.log(`Query them (the gateway and ingest need the pipeline running: pnpm start):
  ${cli} get ${first?.id ?? "<id>"}            # the stored record as JSON
  ${cli} search Waffenruhe --lang de       # full-text search with filters
  curl '${gatewayUrl}/v1/search?q=Ukraine' # the HTTP API (OpenAPI at /openapi.json)
  ${cli} ingest <url|file> --wait     # ingest more (with the pipeline running)
  redis-cli -u ${redisUrl} HGETALL '{${namespace}}:article:${first?.id ?? "<id>"}'
`);
  await store.close();
  await bus.nc.drain();
  return outcomes.some((o) => o.outcome === "failed");
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`inkstream start failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    process.exit(1);
  },
);
