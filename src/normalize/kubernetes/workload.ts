/**
 * Workloads: every kind that carries a pod template becomes a `kubernetes_workload` whose
 * containers have the pod-level security settings they inherit already applied, so a rule judges
 * one container at a time and never re-implements the API's defaulting.
 */
import type { RawRecord } from "../../model/raw.ts";
import { getPath, isValueMap, type Value, type ValueMap } from "../../model/value.ts";
import { setPath } from "../kit.ts";
import type { Normalizer } from "../registry.ts";
import { bool, builder, maps, setNamespace, spanOf, stringMap, strings } from "./common.ts";

/** Where each kind keeps its pod template (`spec` and `metadata` below it). */
const TEMPLATE_PATH: Record<string, string> = {
  Pod: "",
  Deployment: "spec.template.",
  StatefulSet: "spec.template.",
  DaemonSet: "spec.template.",
  ReplicaSet: "spec.template.",
  ReplicationController: "spec.template.",
  Job: "spec.template.",
  CronJob: "spec.jobTemplate.spec.template.",
  // Knative Serving: a Configuration carries a pod template, a Revision is one.
  Configuration: "spec.template.",
  Revision: "",
};

const SECRET_NAME = /pass(word|wd)?|secret|token|api[_-]?key|private[_-]?key|credential|access[_-]?key/i;

function normalizeWorkload(record: RawRecord): ReturnType<Normalizer["normalize"]> {
  const kind = record.native_type;
  const base = TEMPLATE_PATH[kind] ?? "";
  const spec = `${base}spec`;
  const b = builder(record, "kubernetes_workload");
  const pod = getPath(record.attrs, spec);
  const podSpec: ValueMap = isValueMap(pod) ? pod : {};
  const podMeta = getPath(record.attrs, `${base}metadata`);
  const annotations = stringMap(isValueMap(podMeta) ? podMeta["annotations"] : undefined);
  b.set("kind", kind);
  setNamespace(b);
  b.set("pod_labels", stringMap(isValueMap(podMeta) ? podMeta["labels"] : undefined), {
    attr: `${base}metadata.labels`,
  });
  for (const [key, field] of [
    ["host_network", "hostNetwork"],
    ["host_pid", "hostPID"],
    ["host_ipc", "hostIPC"],
  ] as const)
    b.set(key, bool(podSpec[field]) ?? false, { attr: `${spec}.${field}` });
  const sa = podSpec["serviceAccountName"] ?? podSpec["serviceAccount"];
  b.set("service_account", typeof sa === "string" && sa !== "" ? sa : "default", {
    attr: `${spec}.${"serviceAccountName" in podSpec ? "serviceAccountName" : "serviceAccount"}`,
  });
  b.set("automount_service_account_token", bool(podSpec["automountServiceAccountToken"]), {
    attr: `${spec}.automountServiceAccountToken`,
  });
  const volumes = maps(podSpec["volumes"]);
  b.set(
    "host_path_volumes",
    volumes.flatMap((v) => {
      const hp = v["hostPath"];
      return isValueMap(hp) ? [{ name: String(v["name"] ?? ""), path: String(hp["path"] ?? "") }] : [];
    }),
    { attr: `${spec}.volumes` },
  );
  b.set("volume_types", [...new Set(volumes.flatMap((v) => Object.keys(v).filter((k) => k !== "name")))], {
    attr: `${spec}.volumes`,
  });
  const podSc = isValueMap(podSpec["securityContext"]) ? podSpec["securityContext"] : {};
  b.set(
    "sysctls",
    maps(podSc["sysctls"]).flatMap((s) => (typeof s["name"] === "string" ? [s["name"]] : [])),
    { attr: `${spec}.securityContext.sysctls` },
  );
  const containers: ValueMap[] = [];
  let i = 0;
  for (const [field, role] of [
    ["containers", "container"],
    ["initContainers", "init"],
    ["ephemeralContainers", "ephemeral"],
  ] as const) {
    maps(podSpec[field]).forEach((c, j) => {
      const at = `${spec}.${field}.${j}`;
      const out: ValueMap = {};
      const put = (field: string, value: Value, attr: string): void => {
        if (field !== "") setPath(out, field, value);
        (b.resource.positions ??= {})[`containers.${i}${field === "" ? "" : "."}${field}`] = spanOf(
          record,
          attr,
        );
      };
      put("", {}, at);
      container(put, at, c, role, { podSc, annotations, podSpecPath: spec });
      containers.push(out);
      i++;
    });
  }
  b.set("containers", containers);
  return b.build();
}

interface PodContext {
  podSc: ValueMap;
  annotations: Record<string, string>;
  podSpecPath: string;
}

/** Normalizes one container at `path` (config) written at `at` (manifest). */
function container(
  put: (field: string, value: Value, attr: string) => void,
  at: string,
  c: ValueMap,
  role: "container" | "init" | "ephemeral",
  pod: PodContext,
): void {
  const sc = isValueMap(c["securityContext"]) ? c["securityContext"] : {};
  const scAt = `${at}.securityContext`;
  const podScAt = `${pod.podSpecPath}.securityContext`;
  const name = typeof c["name"] === "string" ? c["name"] : "";
  put(`name`, name, `${at}.name`);
  put(`role`, role, at);
  // A container setting overrides the pod's: the finding points at whichever decided.
  const inherited = (field: string): { v: Value | undefined; attr: string } =>
    sc[field] !== undefined
      ? { v: sc[field], attr: `${scAt}.${field}` }
      : { v: pod.podSc[field], attr: pod.podSc[field] !== undefined ? `${podScAt}.${field}` : at };

  const image = typeof c["image"] === "string" ? c["image"] : null;
  const ref = parseImage(image);
  put(`image`, image, `${at}.image`);
  put(`image_tag`, ref.tag, `${at}.image`);
  put(`image_digest`, ref.digest, `${at}.image`);
  const policy = c["imagePullPolicy"];
  // The API server's default: Always for `latest` or an untagged image, IfNotPresent otherwise.
  const defaultPolicy =
    ref.digest === null && (ref.tag === null || ref.tag === "latest") ? "Always" : "IfNotPresent";
  put(`image_pull_policy`, typeof policy === "string" ? policy : defaultPolicy, `${at}.imagePullPolicy`);

  const privileged = bool(sc["privileged"]) ?? false;
  put(`privileged`, privileged, `${scAt}.privileged`);
  put(
    `allow_privilege_escalation`,
    bool(sc["allowPrivilegeEscalation"]) ?? true,
    `${scAt}.allowPrivilegeEscalation`,
  );
  put(
    `read_only_root_filesystem`,
    bool(sc["readOnlyRootFilesystem"]) ?? false,
    `${scAt}.readOnlyRootFilesystem`,
  );
  const nonRoot = inherited("runAsNonRoot");
  put(`run_as_non_root`, bool(nonRoot.v) ?? false, nonRoot.attr);
  const uid = inherited("runAsUser");
  put(`run_as_user`, typeof uid.v === "number" ? uid.v : null, uid.attr);

  const caps = isValueMap(sc["capabilities"]) ? sc["capabilities"] : {};
  const capName = (s: string): string => s.toUpperCase().replace(/^CAP_/, "");
  put(`capabilities_added`, strings(caps["add"]).map(capName), `${scAt}.capabilities.add`);
  put(`capabilities_dropped`, strings(caps["drop"]).map(capName), `${scAt}.capabilities.drop`);

  const seccomp = inherited("seccompProfile");
  const seccompType =
    isValueMap(seccomp.v) && typeof seccomp.v["type"] === "string" ? seccomp.v["type"] : null;
  // Before 1.19 the profile was set by annotations, which clusters still honour up to 1.27.
  const seccompAnnotation =
    pod.annotations[`container.seccomp.security.alpha.kubernetes.io/${name}`] ??
    pod.annotations["seccomp.security.alpha.kubernetes.io/pod"];
  put(
    `seccomp_profile`,
    seccompType ?? profileFromAnnotation(seccompAnnotation),
    seccompType !== null ? seccomp.attr : scAt,
  );
  const apparmor = inherited("appArmorProfile");
  const apparmorType =
    isValueMap(apparmor.v) && typeof apparmor.v["type"] === "string" ? apparmor.v["type"] : null;
  put(
    `apparmor_profile`,
    apparmorType ??
      profileFromAnnotation(pod.annotations[`container.apparmor.security.beta.kubernetes.io/${name}`]),
    apparmorType !== null ? apparmor.attr : scAt,
  );
  put(`proc_mount`, typeof sc["procMount"] === "string" ? sc["procMount"] : "Default", `${scAt}.procMount`);
  const se = inherited("seLinuxOptions");
  const seOpts = isValueMap(se.v) ? se.v : {};
  const seType = seOpts["type"];
  put(
    `selinux_custom`,
    (typeof seType === "string" &&
      !["", "container_t", "container_init_t", "container_kvm_t", "container_engine_t"].includes(seType)) ||
      (typeof seOpts["user"] === "string" && seOpts["user"] !== "") ||
      (typeof seOpts["role"] === "string" && seOpts["role"] !== ""),
    se.attr,
  );
  const win = inherited("windowsOptions");
  put(`host_process`, isValueMap(win.v) && win.v["hostProcess"] === true, win.attr);
  put(
    `host_ports`,
    maps(c["ports"]).flatMap((p) =>
      typeof p["hostPort"] === "number" && p["hostPort"] > 0 ? [p["hostPort"]] : [],
    ),
    `${at}.ports`,
  );

  const res = isValueMap(c["resources"]) ? c["resources"] : {};
  const limits = isValueMap(res["limits"]) ? res["limits"] : {};
  const requests = isValueMap(res["requests"]) ? res["requests"] : {};
  const qty = (v: Value | undefined): string | null =>
    typeof v === "string" || typeof v === "number" ? String(v) : null;
  for (const r of ["cpu", "memory"] as const) {
    put(`resources.${r}_limit`, qty(limits[r]), `${at}.resources.limits.${r}`);
    // The API server fills a missing request from the limit.
    const req = requests[r] !== undefined ? requests[r] : limits[r];
    put(
      `resources.${r}_request`,
      qty(req),
      requests[r] !== undefined ? `${at}.resources.requests.${r}` : `${at}.resources.limits.${r}`,
    );
  }
  put(`liveness_probe`, isValueMap(c["livenessProbe"]), `${at}.livenessProbe`);
  put(`readiness_probe`, isValueMap(c["readinessProbe"]), `${at}.readinessProbe`);

  const env = maps(c["env"]);
  put(
    `env_secret_literals`,
    env.flatMap((e) => {
      const n = e["name"];
      const v = e["value"];
      return typeof n === "string" &&
        SECRET_NAME.test(n) &&
        typeof v === "string" &&
        v !== "" &&
        !/^\$\(/.test(v)
        ? [n]
        : [];
    }),
    `${at}.env`,
  );
  put(
    `env_from_secrets`,
    [
      ...env.flatMap((e) =>
        isValueMap(e["valueFrom"]) &&
        isValueMap(e["valueFrom"]["secretKeyRef"]) &&
        typeof e["name"] === "string"
          ? [e["name"]]
          : [],
      ),
      ...maps(c["envFrom"]).flatMap((e) =>
        isValueMap(e["secretRef"]) ? [`envFrom secret ${String(e["secretRef"]["name"] ?? "")}`] : [],
      ),
    ],
    `${at}.env`,
  );
}

/** `registry/name:tag@sha256:…` → tag and digest (a port in the registry host is not a tag). */
export function parseImage(image: string | null): { tag: string | null; digest: string | null } {
  if (image === null) return { tag: null, digest: null };
  const at = image.indexOf("@");
  const digest = at >= 0 ? image.slice(at + 1) : null;
  const name = at >= 0 ? image.slice(0, at) : image;
  const lastSlash = name.lastIndexOf("/");
  const colon = name.indexOf(":", lastSlash + 1);
  return { tag: colon >= 0 ? name.slice(colon + 1) : null, digest };
}

/** Annotation profiles (`runtime/default`, `docker/default`, `localhost/x`, `unconfined`) → the field's type names. */
function profileFromAnnotation(v: string | undefined): string | null {
  if (v === undefined) return null;
  if (v === "runtime/default" || v === "docker/default") return "RuntimeDefault";
  if (v.startsWith("localhost/")) return "Localhost";
  if (v === "unconfined") return "Unconfined";
  return v;
}

export const normalizers: Normalizer[] = [
  { native_types: Object.keys(TEMPLATE_PATH), normalize: (record) => normalizeWorkload(record) },
];
