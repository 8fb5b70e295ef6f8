import type { Rule } from "../rule.ts";
import { checkContainers, q } from "./container-check.ts";

export const kubernetesContainerNoSecretsInEnv: Rule = {
  id: "kubernetes-container-no-secrets-in-env",
  title: "Containers take no secret values written in the manifest",
  severity: "high",
  category: "data_protection",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_workload"],
  rationale:
    "A password or token written as an env `value` lives in Git, in every rendered manifest and in the pod spec readable by anyone who can `get pods`.",
  remediation: {
    text: "Store the value in a Secret (or an external secret store) and reference it with `valueFrom.secretKeyRef`, better still mount it as a file.",
    code: {
      kubernetes: `env:
  - name: DB_PASSWORD
    valueFrom:
      secretKeyRef:
        name: db
        key: password`,
    },
  },
  auto_remediable: false,
  references: ["https://kubernetes.io/docs/concepts/configuration/secret/"],
  check(resource) {
    return checkContainers(resource, {
      field: "env_secret_literals",
      ok: (v) => Array.isArray(v) && v.length === 0,
      message: (c, v) =>
        `Container ${q(c)} of ${q(resource.name)} has secret-looking env values written in the manifest: ${(v as string[]).map(q).join(", ")}`,
    });
  },
};
