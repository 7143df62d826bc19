import { z } from "zod";
import { baseConfigShape, env, loadConfig } from "@inkstream/runtime";

export const parserConfigSchema = z.object({
  ...baseConfigShape,
  HTTP_PORT: env.int(9102, 0, 65535),
  INK_PARSE_CONCURRENCY: env.int(2, 1, 64),
});
export type ParserConfig = z.infer<typeof parserConfigSchema>;

export const loadParserConfig = (source?: Record<string, string | undefined>) => loadConfig(parserConfigSchema, source);
