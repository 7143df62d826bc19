import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ConfigError, baseConfigShape, env, loadConfig } from "../src/index.ts";

const schema = z.object({ ...baseConfigShape, HTTP_PORT: env.int(9101, 0, 65535), ALLOW: env.bool(false), HOSTS: env.list() });

describe("loadConfig", () => {
  it("applies defaults for the local standard ports and freezes the result", () => {
    const c = loadConfig(schema, {});
    expect(c).toMatchObject({ NATS_URL: "nats://127.0.0.1:4222", REDIS_URL: "redis://127.0.0.1:6379", INK_NAMESPACE: "ink", LOG_LEVEL: "info", HTTP_PORT: 9101, ALLOW: false, HOSTS: [] });
    expect(Object.isFrozen(c)).toBe(true);
  });

  it("parses booleans, integers and comma lists from strings", () => {
    const c = loadConfig(schema, { ALLOW: "true", HTTP_PORT: "8080", HOSTS: "127.0.0.1, 10.0.0.0/8 ,,example.org" });
    expect(c.ALLOW).toBe(true);
    expect(c.HTTP_PORT).toBe(8080);
    expect(c.HOSTS).toEqual(["127.0.0.1", "10.0.0.0/8", "example.org"]);
  });

  it("names every bad variable in one error", () => {
    let caught: unknown;
    try {
      loadConfig(schema, { INK_NAMESPACE: "Bad-Name!", HTTP_PORT: "70000", ALLOW: "maybe" });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const e = caught as ConfigError;
    expect(e.variables.sort()).toEqual(["ALLOW", "HTTP_PORT", "INK_NAMESPACE"]);
    expect(e.message).toContain("INK_NAMESPACE");
    expect(e.message).toContain('"Bad-Name!"');
  });
});
