import { createHash } from "node:crypto";

// The fetcher's feed keys (services/fetcher/src/fetch-keys.ts); a service never imports another, so the CLI
// spells the same layout here. tests/fetcher-feeds.test.ts registers through the CLI and polls through the
// fetcher, so the two cannot drift apart unnoticed.
const urlKeyId = (url: string) => createHash("sha256").update(url).digest("hex").slice(0, 20);

export function feedKeysFor(namespace: string) {
  const p = `{${namespace}}:fetch:`;
  return {
    feeds: `${p}feeds`,
    feedsDue: `${p}feeds:due`,
    feedState: (url: string) => `${p}feed:${urlKeyId(url)}`,
    feedSeen: (url: string) => `${p}feed:${urlKeyId(url)}:seen`,
  } as const;
}
