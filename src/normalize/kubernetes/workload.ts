/**
 * Workloads: every kind that carries a pod template becomes a `kubernetes_workload` whose
 * containers have the pod-level security settings they inherit already applied, so a rule judges
 * one container at a time and never re-implements the API's defaulting.
 */
import type { RawRecord } from "../../model/raw.ts";
import { getPath, isValueMap, type Value, type ValueMap } from "../../model/value.ts";
import type { ResourceBuilder } from "../kit.ts";
import type { Normalizer } from "../registry.ts";
import { bool, builder, maps, setNamespace, stringMap, strings } from "./common.ts";

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
  b.set(
    "volume_types",
    [...new Set(volumes.flatMap((v) => Object.keys(v).filter((k) => k !== "name")))],
    { attr: `${spec}.volumes` },
  );
  const podSc = isValueMap(podSpec["securityContext"]) ? podSpec["securityContext"] : {};
  b.set(
    "sysctls",
    maps(podSc["sysctls"]).flatMap((s) => (typeof s["name"] === "string" ? [s["name"]] : [])),
    { attr: `${spec}.securityContext.sysctls` },
  );
  const containers: ValueMap[] = [];
  b.set("containers", containers as Value);
  let i = 0;
  for (const [field, role] of [
    ["containers", "container"],
    ["initContainers", "init"],
    ["ephemeralContainers", "ephemeral"],
  ] as const) {
    maps(podSpec[field]).forEach((c, j) => {
      const at = `${spec}.${field}.${j}`;
      container(b, `containers.${i}`, at, c, role, { podSc, annotations, podSpecPath: spec });
      i++;
    });
  }
  return b.build();
}

interface PodContext {
  podSc: ValueMap;
  annotations: Record<string, string>;
  podSpecPath: string;
}

/** Normalizes one container at `path` (config) written at `at` (manifest). */
function container(
  b: ResourceBuilder,
  path: string,
  at: string,
  c: ValueMap,
  role: "container" | "init" | "ephemeral",
  pod: PodContext,
): void {
  const sc = isValueMap(c["securityContext"]) ? c["securityContext"] : {};
  const scAt = `${at}.securityContext`;
  const podScAt = `${pod.podSpecPath}.securityContext`;
  const name = typeof c["name"] === "string" ? c["name"] : "";
  b.set(path, {}, { attr: at });
  b.set(`${path}.name`, name, { attr: `${at}.name` });
  b.set(`${path}.role`, role, { attr: at });
  // A container setting overrides the pod's: the finding points at whichever decided.
  const inherited = (field: string): { v: Value | undefined; attr: string } =>
    sc[field] !== undefined
      ? { v: sc[field], attr: `${scAt}.${field}` }
      : { v: pod.podSc[field], attr: pod.podSc[field] !== undefined ? `${podScAt}.${field}` : at };

  const image = typeof c["image"] === "string" ? c["image"] : null;
  const ref = parseImage(image);
  b.set(`${path}.image`, image, { attr: `${at}.image` });
  b.set(`${path}.image_tag`, ref.tag, { attr: `${at}.image` });
  b.set(`${path}.image_digest`, ref.digest, { attr: `${at}.image` });
  const policy = c["imagePullPolicy"];
  // The API server's default: Always for `latest` or an untagged image, IfNotPresent otherwise.
  const defaultPolicy = ref.digest === null && (ref.tag === null || ref.tag === "latest") ? "Always" : "IfNotPresent";
  b.set(`${path}.image_pull_policy`, typeof policy === "string" ? policy : defaultPolicy, {
    attr: `${at}.imagePullPolicy`,
  });

  const privileged = bool(sc["privileged"]) ?? false;
  b.set(`${path}.privileged`, privileged, { attr: `${scAt}.privileged` });
  b.set(`${path}.allow_privilege_escalation`, bool(sc["allowPrivilegeEscalation"]) ?? true, {
    attr: `${scAt}.allowPrivilegeEscalation`,
  });
  b.set(`${path}.read_only_root_filesystem`, bool(sc["readOnlyRootFilesystem"]) ?? false, {
    attr: `${scAt}.readOnlyRootFilesystem`,
  });
  const nonRoot = inherited("runAsNonRoot");
  b.set(`${path}.run_as_non_root`, bool(nonRoot.v) ?? false, { attr: nonRoot.attr });
  const uid = inherited("runAsUser");
  b.set(`${path}.run_as_user`, typeof uid.v === "number" ? uid.v : null, { attr: uid.attr });

  const caps = isValueMap(sc["capabilities"]) ? sc["capabilities"] : {};
  const capName = (s: string): string => s.toUpperCase().replace(/^CAP_/, "");
  b.set(`${path}.capabilities_added`, strings(caps["add"]).map(capName), { attr: `${scAt}.capabilities.add` });
  b.set(`${path}.capabilities_dropped`, strings(caps["drop"]).map(capName), {
    attr: `${scAt}.capabilities.drop`,
  });

  const seccomp = inherited("seccompProfile");
  const seccompType = isValueMap(seccomp.v) && typeof seccomp.v["type"] === "string" ? seccomp.v["type"] : null;
  // Before 1.19 the profile was set by annotations, which clusters still honour up to 1.27.
  const seccompAnnotation =
    pod.annotations[`container.seccomp.security.alpha.kubernetes.io/${name}`] ??
    pod.annotations["seccomp.security.alpha.kubernetes.io/pod"];
  b.set(`${path}.seccomp_profile`, seccompType ?? profileFromAnnotation(seccompAnnotation), {
    attr: seccompType !== null ? seccomp.attr : scAt,
  });
  const apparmor = inherited("appArmorProfile");
  const apparmorType =
    isValueMap(apparmor.v) && typeof apparmor.v["type"] === "string" ? apparmor.v["type"] : null;
  b.set(
    `${path}.apparmor_profile`,
    apparmorType ??
      profileFromAnnotation(pod.annotations[`container.apparmor.security.beta.kubernetes.io/${name}`]),
    { attr: apparmorType !== null ? apparmor.attr : scAt },
  );
  b.set(`${path}.proc_mount`, typeof sc["procMount"] === "string" ? sc["procMount"] : "Default", {
    attr: `${scAt}.procMount`,
  });
  const se = inherited("seLinuxOptions");
  const seOpts = isValueMap(se.v) ? se.v : {};
  const seType = seOpts["type"];
  b.set(
    `${path}.selinux_custom`,
    (typeof seType === "string" && !["", "container_t", "container_init_t", "container_kvm_t", "container_engine_t"].includes(seType)) ||
      (typeof seOpts["user"] === "string" && seOpts["user"] !== "") ||
      (typeof seOpts["role"] === "string" && seOpts["role"] !== ""),
    { attr: se.attr },
  );
  const win = inherited("windowsOptions");
  b.set(`${path}.host_process`, isValueMap(win.v) && win.v["hostProcess"] === true, { attr: win.attr });
  b.set(
    `${path}.host_ports`,
    maps(c["ports"]).flatMap((p) => (typeof p["hostPort"] === "number" && p["hostPort"] > 0 ? [p["hostPort"]] : [])),
    { attr: `${at}.ports` },
  );

  const res = isValueMap(c["resources"]) ? c["resources"] : {};
  const limits = isValueMap(res["limits"]) ? res["limits"] : {};
  const requests = isValueMap(res["requests"]) ? res["requests"] : {};
  const qty = (v: Value | undefined): string | null =>
    typeof v === "string" || typeof v === "number" ? String(v) : null;
  for (const r of ["cpu", "memory"] as const) {
    b.set(`${path}.resources.${r}_limit`, qty(limits[r]), { attr: `${at}.resources.limits.${r}` });
    // The API server fills a missing request from the limit.
    const req = requests[r] !== undefined ? requests[r] : limits[r];
    b.set(`${path}.resources.${r}_request`, qty(req), {
      attr: requests[r] !== undefined ? `${at}.resources.requests.${r}` : `${at}.resources.limits.${r}`,
    });
  }
  b.set(`${path}.liveness_probe`, isValueMap(c["livenessProbe"]), { attr: `${at}.livenessProbe` });
  b.set(`${path}.readiness_probe`, isValueMap(c["readinessProbe"]), { attr: `${at}.readinessProbe` });

  const env = maps(c["env"]);
  b.set(
    `${path}.env_secret_literals`,
    env.flatMap((e) => {
      const n = e["name"];
      const v = e["value"];
      return typeof n === "string" && SECRET_NAME.test(n) && typeof v === "string" && v !== "" && !/^\$\(/.test(v)
        ? [n]
        : [];
    }),
    { attr: `${at}.env` },
  );
  b.set(
    `${path}.env_from_secrets`,
    [
      ...env.flatMap((e) =>
        isValueMap(e["valueFrom"]) && isValueMap(e["valueFrom"]["secretKeyRef"]) && typeof e["name"] === "string"
          ? [e["name"]]
          : [],
      ),
      ...maps(c["envFrom"]).flatMap((e) =>
        isValueMap(e["secretRef"]) ? [`envFrom secret ${String(e["secretRef"]["name"] ?? "")}`] : [],
      ),
    ],
    { attr: `${at}.env` },
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
