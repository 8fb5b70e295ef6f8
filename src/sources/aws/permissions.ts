/**
 * The least-privilege IAM policy a live scan needs: exactly the actions the collectors and the
 * scope resolution declare, generated from those declarations so it cannot drift from the code.
 */
import { COLLECTORS } from "./collectors.ts";
import { SCOPE_CALLS } from "./scope.ts";

export function requiredActions(): string[] {
  const actions = new Set<string>();
  for (const spec of Object.values(SCOPE_CALLS)) actions.add(spec.action);
  for (const c of COLLECTORS) for (const spec of Object.values(c.calls)) actions.add(spec.action);
  return [...actions].sort();
}

export function permissionsPolicy(): { Version: string; Statement: object[] } {
  return {
    Version: "2012-10-17",
    Statement: [{ Sid: "ParapetReadOnlyScan", Effect: "Allow", Action: requiredActions(), Resource: "*" }],
  };
}
