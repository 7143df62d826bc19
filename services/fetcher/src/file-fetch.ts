import { open } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { StageError } from "@inkstream/contracts";
import type { FetchedBody } from "./http-fetch.ts";

/** Reads a local file:// page, within the same size limit as the network. */
export async function fetchFile(url: string, maxBytes: number): Promise<FetchedBody> {
  let path: string;
  try {
    path = fileURLToPath(url);
  } catch (err) {
    throw new StageError("invalid_url", `not a local file URL: ${url}`, { cause: err });
  }
  let handle;
  try {
    handle = await open(path, "r");
  } catch (err) {
    throw new StageError("file_not_found", `cannot open ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, { cause: err });
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new StageError("file_not_found", `${path} is not a file`);
    if (stat.size > maxBytes) throw new StageError("too_large", `${path} has ${stat.size} bytes, more than ${maxBytes}`);
    const bytes = await handle.readFile();
    const contentType = /\.(x?html?|php|aspx?)$/i.test(path) ? "text/html" : "";
    return { finalUrl: url, status: 200, contentType, bytes };
  } finally {
    await handle.close();
  }
}
