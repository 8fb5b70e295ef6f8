import { ruleTester } from "../testing/tester.ts";
import { kubernetesContainerNoSecretsInEnv } from "./kubernetes-container-no-secrets-in-env.ts";
import { pod } from "./testing.ts";

ruleTester(kubernetesContainerNoSecretsInEnv, {
  fail: [
    {
      name: "password literal",
      format: "kubernetes",
      files: pod("env:\n  - name: LOG_LEVEL\n    value: info\n  - name: DB_PASSWORD\n    value: hunter2"),
      line: 10,
      path: "containers.0.env_secret_literals",
      message: "DB_PASSWORD",
    },
  ],
  pass: [
    {
      name: "secretKeyRef",
      format: "kubernetes",
      files: pod(
        "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db\n        key: password",
      ),
    },
    {
      name: "non-secret literals",
      format: "kubernetes",
      files: pod("env:\n  - name: LOG_LEVEL\n    value: info"),
    },
  ],
});
