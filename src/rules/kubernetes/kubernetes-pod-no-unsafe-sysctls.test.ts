import { ruleTester } from "../testing/tester.ts";
import { kubernetesPodNoUnsafeSysctls } from "./kubernetes-pod-no-unsafe-sysctls.ts";
import { pod } from "./testing.ts";

ruleTester(kubernetesPodNoUnsafeSysctls, {
  fail: [
    {
      name: "kernel.msgmax",
      format: "kubernetes",
      files: pod("", 'securityContext:\n  sysctls:\n    - name: kernel.msgmax\n      value: "65536"'),
      line: 8,
      path: "sysctls",
    },
  ],
  pass: [
    {
      name: "safe sysctl",
      format: "kubernetes",
      files: pod(
        "",
        'securityContext:\n  sysctls:\n    - name: net.ipv4.ip_local_port_range\n      value: "32768 60999"',
      ),
    },
    {
      name: "none",
      format: "kubernetes",
      files: pod(""),
    },
  ],
});
