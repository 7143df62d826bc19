import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { RunningService } from "@inkstream/runtime";
import { loadEnricherConfig, startEnricher } from "@inkstream/enricher";
import { loadFetcherConfig, startFetcher } from "@inkstream/fetcher";
import { loadIndexerConfig, startIndexer } from "@inkstream/indexer";
import { loadParserConfig, startParser } from "@inkstream/parser";
import { serviceEnv, type TestEnv } from "@inkstream/testkit";

export const samplePage = (name: string) => readFileSync(resolve(import.meta.dirname, "..", "samples", name));

/** The four services in this process, in the test's namespace, each with its own connection. */
export async function startPipeline(env: TestEnv, extra: Record<string, string> = {}): Promise<{ stop(): Promise<void> }> {
  const source = serviceEnv(env, extra);
  const services: RunningService[] = [
    await startIndexer(loadIndexerConfig(source), env.logger),
    await startEnricher(loadEnricherConfig(source), env.logger),
    await startParser(loadParserConfig(source), env.logger),
    await startFetcher(loadFetcherConfig(source), env.logger),
  ];
  return {
    async stop() {
      for (const s of services.reverse()) await s.stop();
    },
  };
}
