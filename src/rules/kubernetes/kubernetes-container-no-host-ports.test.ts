import { ruleTester } from "../testing/tester.ts";
import { kubernetesContainerNoHostPorts } from "./kubernetes-container-no-host-ports.ts";
import { pod } from "./testing.ts";

ruleTester(kubernetesContainerNoHostPorts, {
  fail: [
    {
      name: "hostPort",
      format: "kubernetes",
      files: pod("ports:\n  - containerPort: 8080\n    hostPort: 80"),
      line: 10,
      path: "containers.0.host_ports",
      message: "80",
    },
  ],
  pass: [
    {
      name: "containerPort only",
      format: "kubernetes",
      files: pod("ports:\n  - containerPort: 8080"),
    },
  ],
});
