/**
 * Runs moto's AWS emulator for a test file: `moto_server` on 127.0.0.1 at a free port, stopped
 * after. Install it with `bash scripts/setup-moto.sh`; without it the tests skip and say so.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const BINARY = join(ROOT, ".tools", "moto", "bin", "moto_server");

export const MOTO_MISSING = existsSync(BINARY)
  ? false
  : `moto is not installed (${BINARY}): run \`bash scripts/setup-moto.sh\``;

/** Static credentials moto accepts; they select its default account 123456789012. */
export const TEST_CREDENTIALS = async () => ({ accessKeyId: "testing", secretAccessKey: "testing" });
export const DEFAULT_ACCOUNT = "123456789012";

export interface Moto {
  endpoint: string;
  /** Forget every resource (between tests). */
  reset(): Promise<void>;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === "object" && addr ? resolve(addr.port) : reject(new Error("no port"))));
    });
  });
}

export async function startMoto(): Promise<Moto> {
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(BINARY, ["-H", "127.0.0.1", "-p", String(port)], {
    stdio: ["ignore", "ignore", "pipe"],
    // AWS managed policies (AdministratorAccess) exist only when moto is asked to load them.
    // Its stock AMIs (and their snapshots, owned by the caller) would only be noise and slowness.
    env: { ...process.env, MOTO_IAM_LOAD_MANAGED_POLICIES: "true", MOTO_EC2_LOAD_DEFAULT_AMIS: "false" },
  });
  // A test process that dies without its after() hook must not leave the server running.
  const killOnExit = (): void => {
    child.kill("SIGKILL");
  };
  process.once("exit", killOnExit);
  let stderr = "";
  child.stderr?.on("data", (b: Buffer) => {
    stderr = (stderr + b.toString()).slice(-4000);
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`moto_server exited: ${stderr}`);
    try {
      const res = await fetch(`${endpoint}/moto-api/`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`moto_server did not start within 30 s: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    endpoint,
    async reset() {
      await fetch(`${endpoint}/moto-api/reset`, { method: "POST" });
    },
    async stop() {
      process.removeListener("exit", killOnExit);
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    },
  };
}

/** SDK client settings for creating fixtures in moto. */
export function sdkConfig(moto: Moto, region = "us-east-1", credentials = TEST_CREDENTIALS) {
  return { region, endpoint: moto.endpoint, credentials, forcePathStyle: true };
}
