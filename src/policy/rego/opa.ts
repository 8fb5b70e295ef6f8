/**
 * Finding and running the OPA CLI. OPA is a Go program, not a dependency: it is looked up as
 * `$PARAPET_OPA`, then `.tools/bin/opa` (where scripts/setup-opa.sh puts it), then `opa` on PATH.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";

const TOOLS_OPA = fileURLToPath(new URL("../../../.tools/bin/opa", import.meta.url));

export const OPA_HELP =
  "OPA (Open Policy Agent) is needed for Rego policies: run scripts/setup-opa.sh (builds it with Go into .tools/bin), " +
  "or install it from https://www.openpolicyagent.org/docs/latest/#running-opa and put it on PATH or in $PARAPET_OPA";

export function findOpa(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const explicit = env["PARAPET_OPA"];
  if (explicit) return existsSync(explicit) ? explicit : undefined;
  if (existsSync(TOOLS_OPA)) return TOOLS_OPA;
  for (const dir of (env["PATH"] ?? "").split(delimiter)) {
    const p = join(dir, "opa");
    if (dir && existsSync(p)) return p;
  }
  return undefined;
}

export class OpaError extends Error {}

/** Runs `opa ARGS`, returning stdout; a non-zero exit is an OpaError with OPA's own message. */
export function runOpa(opa: string, args: string[], input?: string): string {
  try {
    return execFileSync(opa, args, {
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
      ...(input !== undefined ? { input } : {}),
      stdio: ["pipe", "pipe", "pipe"],
    });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new OpaError(opaMessage(err.stdout, err.stderr) || err.message);
  }
}

/** Runs `opa ARGS` and returns exit status and output without throwing (for `opa test`). */
export function runOpaStatus(opa: string, args: string[]): { status: number; output: string } {
  const r = spawnSync(opa, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status ?? 1, output: `${r.stdout ?? ""}${r.stderr ?? ""}` };
}

/** OPA reports compile errors as JSON on stdout with `-f json`, as text otherwise. */
function opaMessage(stdout: string | undefined, stderr: string | undefined): string {
  for (const text of [stdout, stderr]) {
    if (!text?.trim()) continue;
    try {
      const doc = JSON.parse(text) as {
        errors?: { message: string; location?: { file: string; row: number } }[];
      };
      if (doc.errors?.length) {
        return doc.errors
          .map((e) => (e.location ? `${e.location.file}:${e.location.row}: ${e.message}` : e.message))
          .join("\n");
      }
    } catch {
      return text.trim();
    }
  }
  return "";
}
