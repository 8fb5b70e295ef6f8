import { ruleTester } from "../testing/tester.ts";
import { kubernetesContainerDisallowsPrivilegeEscalation } from "./kubernetes-container-disallows-privilege-escalation.ts";
import { deployment, pod } from "./testing.ts";

ruleTester(kubernetesContainerDisallowsPrivilegeEscalation, {
  fail: [
    {
      name: "escalation allowed explicitly",
      format: "kubernetes",
      files: pod("securityContext:\n  allowPrivilegeEscalation: true"),
      line: 11,
      path: "containers.0.allow_privilege_escalation",
    },
    {
      name: "escalation left to the default",
      format: "kubernetes",
      files: deployment("resources: {}"),
      line: 17,
      path: "containers.0.allow_privilege_escalation",
    },
  ],
  pass: [
    {
      name: "escalation disallowed",
      format: "kubernetes",
      files: pod("securityContext:\n  allowPrivilegeEscalation: false"),
    },
  ],
});
