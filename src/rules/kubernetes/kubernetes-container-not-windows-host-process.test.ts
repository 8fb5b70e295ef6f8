import { ruleTester } from "../testing/tester.ts";
import { kubernetesContainerNotWindowsHostProcess } from "./kubernetes-container-not-windows-host-process.ts";
import { pod } from "./testing.ts";

ruleTester(kubernetesContainerNotWindowsHostProcess, {
  fail: [
    {
      name: "HostProcess",
      format: "kubernetes",
      files: pod(
        'securityContext:\n  windowsOptions:\n    hostProcess: true\n    runAsUserName: "NT AUTHORITY\\\\SYSTEM"',
      ),
      line: 11,
      path: "containers.0.host_process",
    },
  ],
  pass: [
    {
      name: "ordinary container",
      format: "kubernetes",
      files: pod(""),
    },
  ],
});
