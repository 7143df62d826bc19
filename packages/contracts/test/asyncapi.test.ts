import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { asyncApiDocument } from "../src/index.ts";

describe("docs/asyncapi.json", () => {
  it("is what the contracts generate (run `pnpm --filter @inkstream/contracts asyncapi` after changing them)", () => {
    const committed: unknown = JSON.parse(readFileSync(resolve(import.meta.dirname, "../../../docs/asyncapi.json"), "utf8"));
    expect(committed).toEqual(JSON.parse(JSON.stringify(asyncApiDocument())));
  });

  it("describes every event with its subject and a payload schema requiring schemaVersion", () => {
    const doc = asyncApiDocument("t1") as { channels: Record<string, { address: string }>; components: { messages: Record<string, { payload: { required?: string[] } }> } };
    expect(doc.channels["articleIndexed"]?.address).toBe("t1.article.indexed");
    for (const m of Object.values(doc.components.messages)) expect(m.payload.required).toContain("schemaVersion");
  });
});
