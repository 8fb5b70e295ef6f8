import { ruleTester } from "../testing/tester.ts";
import { kubernetesPodUsesRestrictedVolumeTypes } from "./kubernetes-pod-uses-restricted-volume-types.ts";
import { pod } from "./testing.ts";

ruleTester(kubernetesPodUsesRestrictedVolumeTypes, {
  fail: [
    {
      name: "nfs volume",
      format: "kubernetes",
      files: pod(
        "",
        "volumes:\n  - name: share\n    nfs:\n      server: nfs.example.com\n      path: /exports",
      ),
      line: 7,
      path: "volume_types",
    },
  ],
  pass: [
    {
      name: "pvc and configMap",
      format: "kubernetes",
      files: pod(
        "",
        "volumes:\n  - name: data\n    persistentVolumeClaim:\n      claimName: data\n  - name: conf\n    configMap:\n      name: app",
      ),
    },
  ],
});
