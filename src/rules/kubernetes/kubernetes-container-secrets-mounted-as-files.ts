import type { Rule } from "../rule.ts";
import { checkContainers, q } from "./container-check.ts";

export const kubernetesContainerSecretsMountedAsFiles: Rule = {
  id: "kubernetes-container-secrets-mounted-as-files",
  title: "Secrets reach containers as files, not environment variables",
  severity: "low",
  category: "data_protection",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_workload"],
  rationale:
    "Environment variables leak: into crash dumps, child processes, debug endpoints and logs. A Secret mounted as a volume is updated in place and readable only by the process that opens it.",
  remediation: {
    text: "Mount the Secret as a volume and read the file, instead of `secretKeyRef` or `envFrom.secretRef`.",
    code: {
      kubernetes: `volumes:
  - name: db
    secret:
      secretName: db
containers:
  - name: app
    volumeMounts:
      - name: db
        mountPath: /var/run/secrets/db
        readOnly: true`,
    },
  },
  auto_remediable: false,
  references: ["https://kubernetes.io/docs/concepts/configuration/secret/"],
  check(resource) {
    return checkContainers(resource, {
      field: "env_from_secrets",
      ok: (v) => Array.isArray(v) && v.length === 0,
      message: (c, v) =>
        `Container ${q(c)} of ${q(resource.name)} takes secrets as environment variables: ${(v as string[]).map(q).join(", ")}`,
    });
  },
};
