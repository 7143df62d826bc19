import { StageError } from "@inkstream/contracts";
import { Deferral, sleep } from "./deferral.ts";
import type { HostLimiter } from "./politeness.ts";
import type { RobotsCache } from "./robots.ts";

export interface AdmissionDeps {
  /** undefined when robots.txt is not consulted */
  robots: RobotsCache | undefined;
  limiter: HostLimiter;
  policy: { hostIntervalMs(host: string, crawlDelayMs: number): number };
}

/**
 * Admits requests to the hosts of one redirect chain: every URL must pass its origin's robots.txt, and the
 * first request to each host takes that host's politeness slot (sleeping when it is at most `maxWaitMs`
 * away, else a Deferral). `host` is the host last admitted: a failure or a Retry-After belongs to it.
 */
export function chainAdmission(deps: AdmissionDeps, maxWaitMs: number, signal: AbortSignal) {
  const slotted = new Set<string>();
  const chain = {
    host: "",
    async admit(url: string): Promise<void> {
      const target = new URL(url);
      chain.host = target.host;
      const verdict = deps.robots ? await deps.robots.forUrl(url, signal) : undefined;
      // robots.txt itself is always allowed (RFC 9309)
      if (verdict && target.pathname !== "/robots.txt" && !verdict.allowed(url)) {
        throw new StageError("robots_disallowed", `robots.txt of ${target.host} disallows ${target.pathname}`);
      }
      if (slotted.has(target.host)) return;
      const r = await deps.limiter.reserve(target.host, deps.policy.hostIntervalMs(target.host, verdict?.crawlDelayMs ?? 0), maxWaitMs);
      if (!r.granted) {
        if (r.cause === "back-off") throw new Deferral("rate_limited", `${target.host} asked us to wait (Retry-After); ${Math.ceil(r.waitMs / 1000)} s left`, r.waitMs, "back-off");
        throw new Deferral("host_busy", `${target.host} is in its politeness window for another ${Math.ceil(r.waitMs / 1000)} s`, r.waitMs, "interval");
      }
      slotted.add(target.host);
      await sleep(r.waitMs, signal);
    },
  };
  return chain;
}
