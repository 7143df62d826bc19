import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestEnv, type TestEnv } from "@inkstream/testkit";
import { sendTogether } from "../packages/store/src/send-together.ts";

// The store reads a page of search hits (and a merge's segments) as separate commands issued with the socket
// corked, so they leave in one write: the replies must come back to the right callers, and the socket must be
// uncorked whatever the caller does, or every later command on the connection would wait forever.
let env: TestEnv;
const key = (i: number) => `{${env.namespace}}:together:${i}`;
beforeAll(async () => {
  env = await createTestEnv("store-send-together");
  for (let i = 0; i < 20; i++) await env.redis.hset(key(i), "title", `Bericht ${i}`, "text", `Der Stadtrat tagte zum ${i}. Mal.`);
});
afterAll(async () => {
  await env?.cleanup();
});

describe("sendTogether", () => {
  it("sends the commands in one write, each reply to its own caller", async () => {
    const socket = env.redis.stream;
    const order = [7, 3, 19, 0, 12];
    let corked = -1;
    const rows = await sendTogether(env.redis, order, (i) => {
      const sent = env.redis.hmget(key(i), "title", "text");
      corked = socket.writableCorked;
      return sent;
    });
    expect(corked).toBe(1);
    expect(socket.writableCorked).toBe(0);
    expect(rows).toEqual(order.map((i) => [`Bericht ${i}`, `Der Stadtrat tagte zum ${i}. Mal.`]));
  });

  it("leaves the socket uncorked when issuing fails, and the connection keeps working", async () => {
    const socket = env.redis.stream;
    const sent: Promise<unknown>[] = [];
    expect(() =>
      sendTogether(env.redis, [1, 2], (i) => {
        if (i === 2) throw new Error("the caller failed halfway");
        const reply = env.redis.hget(key(i), "title");
        sent.push(reply);
        return reply;
      }),
    ).toThrow("the caller failed halfway");
    expect(socket.writableCorked).toBe(0);
    await expect(sent[0]).resolves.toBe("Bericht 1");
    await expect(env.redis.hget(key(2), "title")).resolves.toBe("Bericht 2");
  });
});
