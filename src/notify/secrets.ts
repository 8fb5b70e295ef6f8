/**
 * Notification secrets come from the environment, named by the config: never from a file in
 * the repository. Whatever is printed about a delivery goes through `redact` as a last guard.
 */
export class SecretError extends Error {}

export function secretFrom(env: NodeJS.ProcessEnv, name: string, what: string): string {
  const v = env[name];
  if (v === undefined || v.trim() === "")
    throw new SecretError(`${what}: environment variable ${name} is not set`);
  return v;
}

export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (s.length >= 4) out = out.split(s).join("[redacted]");
  return out;
}
