import type { Rule } from "../rule.ts";
import { containsUnknown, isValueMap } from "../../model/value.ts";
import { failAll, skip, undetermined, type Failure } from "../rule.ts";
import { q } from "./container-check.ts";
/** Node directories whose contents (or sockets) amount to control of the node. */
const SENSITIVE = [
  "/",
  "/etc",
  "/root",
  "/home",
  "/boot",
  "/dev",
  "/proc",
  "/sys",
  "/var/run",
  "/run",
  "/var/lib/kubelet",
  "/var/lib/docker",
  "/var/lib/containerd",
  "/var/log",
  "/usr",
  "/lib",
  "/bin",
  "/sbin",
  "/etc/kubernetes",
  "/var/lib/etcd",
];

function isSensitive(path: string): boolean {
  const p = path.length > 1 ? path.replace(/\/+$/, "") : path;
  if (/\.sock$/.test(p)) return true;
  return SENSITIVE.some(
    (s) => p === s || (s !== "/" && p.startsWith(`${s}/`) && s !== "/home" && s !== "/var/log"),
  );
}

export const kubernetesPodNoSensitiveHostPath: Rule = {
  id: "kubernetes-pod-no-sensitive-host-path",
  title: "Pods do not mount sensitive node directories",
  severity: "high",
  category: "identity_access",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_workload"],
  rationale:
    "Mounting the node's root, /etc, /proc, /var/lib/kubelet or a container runtime socket hands the pod the node: credentials, every container's files, and the power to start privileged containers.",
  remediation: {
    text: "Remove the hostPath volume; read what the workload needs through the Kubernetes API or a CSI driver.",
    code: {
      kubernetes: `volumes:
  - name: cache
    emptyDir: {}`,
    },
  },
  auto_remediable: false,
  references: [
    "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
    "https://kubernetes.io/docs/concepts/storage/volumes/#hostpath",
  ],
  check(resource) {
    const v = resource.config["host_path_volumes"];
    if (v === undefined) return skip("host_path_volumes is not expressed by this source");
    if (containsUnknown(v)) return undetermined("host_path_volumes is not known");
    const failures: Failure[] = [];
    if (Array.isArray(v))
      for (const vol of v) {
        const path = isValueMap(vol) && typeof vol["path"] === "string" ? vol["path"] : "";
        if (isSensitive(path))
          failures.push({
            message: `Pod of ${q(resource.name)} mounts the sensitive node path ${q(path)}`,
            path: "host_path_volumes",
          });
      }
    return failAll(failures);
  },
};
