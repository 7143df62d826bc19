// Runs the `inkstream` CLI (or another TypeScript entry point) in a child process without blocking the test's event
// loop, so NATS watches and servers in the same file keep running while it works.
import { spawn } from "node:child_process";
import { resolve } from "node:path";
import type { TestEnv } from "@inkstream/testkit";

const root = resolve(import.meta.dirname, "..");

/**
 * What one CLI run costs on a loaded 2-core machine: a run took up to 10 s there (5 in 50 s) when the CLI loaded
 * every command's modules at start; tests give each run this much on top of their other work.
 */
export const CLI_RUN_MS = 12_000;

/** A timeout for a test that runs the CLI `runs` times besides `otherMs` of its own work. */
export const cliTestTimeout = (runs: number, otherMs = 10_000): number => runs * CLI_RUN_MS + otherMs;

export interface ScriptRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** stdout's lines parsed as JSON (the CLI prints one value a line); throws naming a line that is not JSON */
  readonly lines: Record<string, unknown>[];
}

export interface RunOptions {
  /** merged over this process's environment (with LOG_LEVEL=silent) */
  env?: Record<string, string | undefined>;
  /** written to stdin, which is then closed */
  input?: string;
  /** the child is stopped (SIGTERM, SIGKILL 5 s later) and the run rejected after this long; default 120 s */
  timeoutMs?: number;
}

function parseLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      try {
        return JSON.parse(line) as Record<string, unknown>;
      } catch (err) {
        throw new Error(`stdout line is not JSON: ${line.slice(0, 200)}`, { cause: err });
      }
    });
}

/** Runs `node --import tsx <script> ...args` from the repository root and resolves when it exits. */
export function runScript(script: string, args: readonly string[], opts: RunOptions = {}): Promise<ScriptRun> {
  return new Promise((done, fail) => {
    const child = spawn("node", ["--import", "tsx", script, ...args], {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: "silent", ...opts.env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timeoutMs = opts.timeoutMs ?? 120_000;
    const timer = setTimeout(() => {
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 5000).unref();
      fail(new Error(`${script} ${args.join(" ")} did not exit within ${timeoutMs} ms; stderr: ${stderr.slice(-2000)}`));
    }, timeoutMs);
    child.once("error", (err) => {
      clearTimeout(timer);
      fail(err);
    });
    child.once("close", (code, signal) => {
      clearTimeout(timer);
      let lines: Record<string, unknown>[] | undefined;
      done({
        code,
        signal,
        stdout,
        stderr,
        get lines() {
          return (lines ??= parseLines(stdout));
        },
      });
    });
    child.stdin.on("error", () => {
      // a child that exits without reading its stdin closes the pipe early; its exit code tells what happened
    });
    child.stdin.end(opts.input);
  });
}

/** Runs `inkstream ...args` (services/cli/src/main.ts). */
export function runCli(args: readonly string[], opts: RunOptions = {}): Promise<ScriptRun> {
  return runScript("services/cli/src/main.ts", args, opts);
}

/** The environment that points the CLI at a test file's namespace. */
export function cliEnv(env: TestEnv): Record<string, string> {
  return { INK_NAMESPACE: env.namespace, REDIS_URL: env.redisUrl, NATS_URL: env.natsUrl };
}
