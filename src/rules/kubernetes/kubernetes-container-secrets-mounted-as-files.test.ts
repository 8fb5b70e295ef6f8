import { ruleTester } from "../testing/tester.ts";
import { kubernetesContainerSecretsMountedAsFiles } from "./kubernetes-container-secrets-mounted-as-files.ts";
import { deployment, pod } from "./testing.ts";

ruleTester(kubernetesContainerSecretsMountedAsFiles, {
  fail: [
    {
      name: "secretKeyRef",
      format: "kubernetes",
      files: pod(
        "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db\n        key: password",
      ),
      line: 10,
      path: "containers.0.env_from_secrets",
    },
    {
      name: "envFrom secretRef",
      format: "kubernetes",
      files: deployment("envFrom:\n  - secretRef:\n      name: db"),
      message: "envFrom secret db",
    },
  ],
  pass: [
    {
      name: "secret volume",
      format: "kubernetes",
      files: pod(
        "volumeMounts:\n  - name: db\n    mountPath: /var/run/secrets/db",
        "volumes:\n  - name: db\n    secret:\n      secretName: db",
      ),
    },
  ],
});
