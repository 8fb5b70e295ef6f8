/**
 * GKE: `google_container_cluster` → `container_cluster`, and every node pool → `container_node_pool`:
 * separate `google_container_node_pool` resources, inline `node_pool` blocks, and the default pool
 * a cluster creates from its own `node_config` unless `remove_default_node_pool` is set.
 */
import type { RawRecord } from "../../../model/raw.ts";
import { getPath, isUnknown, isValueMap, unknown, type Value } from "../../../model/value.ts";
import { asBool, block, blocks, ResourceBuilder } from "../../kit.ts";
import type { Normalizer, NormalizeContext } from "../../registry.ts";
import { baseAddress } from "../join.ts";
import { scopesOf, setIdentity } from "./identity.ts";
import { uidOf } from "./members.ts";

/** Reads an attribute under a prefix (`node_pool.1.`), or of the whole record when the prefix is empty. */
function at(record: RawRecord, path: string): Value | undefined {
  return getPath(record.attrs, path);
}

/** A boolean attribute with its default; records its position when written. */
function flag(
  b: ResourceBuilder,
  record: RawRecord,
  configPath: string,
  attr: string,
  fallback: boolean,
): void {
  const v = at(record, attr);
  if (v === undefined || v === null) b.set(configPath, fallback);
  else b.set(configPath, asBool(v, fallback), { attr });
}

/** Node settings shared by every kind of node pool; `prefix` locates the pool in the record (`node_pool.0.`). */
function nodePool(
  b: ResourceBuilder,
  record: RawRecord,
  ctx: NormalizeContext,
  prefix: string,
  managed: boolean,
): void {
  const nc = `${prefix}node_config.0`;
  const config = getPath(record.attrs, nc);
  const node = isValueMap(config) ? config : undefined;
  // Nodes without node_config.service_account run as the Compute Engine default service account.
  setIdentity(b, record, ctx.index, node?.["service_account"], `${nc}.service_account`, true);
  b.set("identity_scopes", scopesOf(node ? { scopes: node["oauth_scopes"] ?? null } : undefined), {
    attr: `${nc}.oauth_scopes`,
  });
  // Container-Optimized OS with containerd is the default node image.
  const image = node?.["image_type"];
  b.set(
    "image_type",
    image === undefined || image === null ? "COS_CONTAINERD" : image,
    image !== undefined ? { attr: `${nc}.image_type` } : undefined,
  );
  if (managed) {
    // Auto-repair and auto-upgrade are on by default (provider 4.x and later).
    flag(b, record, "auto_repair", `${prefix}management.0.auto_repair`, true);
    flag(b, record, "auto_upgrade", `${prefix}management.0.auto_upgrade`, true);
  } else {
    b.set("auto_repair", true);
    b.set("auto_upgrade", true);
  }
  // Shielded nodes: secure boot off and integrity monitoring on unless set.
  flag(b, record, "shielded.secure_boot", `${nc}.shielded_instance_config.0.enable_secure_boot`, false);
  flag(
    b,
    record,
    "shielded.integrity_monitoring",
    `${nc}.shielded_instance_config.0.enable_integrity_monitoring`,
    true,
  );
  // Legacy metadata endpoints are disabled on nodes since GKE 1.12 unless the key re-enables them.
  const meta = node?.["metadata"];
  const legacy = isValueMap(meta) ? meta["disable-legacy-endpoints"] : isUnknown(meta) ? meta : undefined;
  if (legacy === undefined || legacy === null) b.set("legacy_metadata_endpoints", false);
  else
    b.set(
      "legacy_metadata_endpoints",
      isUnknown(legacy) ? legacy : String(legacy).toLowerCase() === "false",
      {
        attr: `${nc}.metadata`,
      },
    );
  const wm = isValueMap(node) ? block(node, "workload_metadata_config") : undefined;
  const mode = wm?.["mode"] ?? wm?.["node_metadata"];
  b.set(
    "metadata_server_for_pods",
    mode === undefined || mode === null
      ? false
      : isUnknown(mode)
        ? mode
        : mode === "GKE_METADATA" || mode === "GKE_METADATA_SERVER",
    mode !== undefined ? { attr: `${nc}.workload_metadata_config` } : undefined,
  );
}

function setNetworkPolicy(b: ResourceBuilder, record: RawRecord): void {
  const nodesAttr = "network_policy.0.enabled";
  const nodes = asBool(at(record, nodesAttr), false);
  const written = { attr: nodesAttr };
  if (nodes !== true) {
    b.set("network_policy", nodes, at(record, nodesAttr) !== undefined ? written : undefined);
    return;
  }
  const addonAttr = "addons_config.0.network_policy_config.0.disabled";
  const disabled = asBool(at(record, addonAttr), false);
  if (isUnknown(disabled)) b.set("network_policy", disabled, { attr: addonAttr });
  else if (disabled === true) b.set("network_policy", false, { attr: addonAttr });
  else b.set("network_policy", true, written);
}

function clusterOf(record: RawRecord, ctx: NormalizeContext): RawRecord[] {
  const v = record.attrs["cluster"];
  return ctx.index.ofType("google_container_cluster").filter((c) => {
    if (c.module !== record.module) return false;
    if (isUnknown(v)) return v.refs.some((r) => r === c.address || r === baseAddress(c.address));
    return typeof v === "string" && v === c.attrs["name"];
  });
}

function normalizeNodePool(record: RawRecord, ctx: NormalizeContext) {
  const b = new ResourceBuilder(record, { provider: "gcp", type: "container_node_pool" });
  nodePool(b, record, ctx, "", true);
  for (const c of clusterOf(record, ctx)) b.link("in_cluster", uidOf(c));
  return b.build();
}

function normalizeCluster(record: RawRecord, ctx: NormalizeContext) {
  const b = new ResourceBuilder(record, { provider: "gcp", type: "container_cluster" });
  const a = record.attrs;

  const priv = block(a, "private_cluster_config");
  flag(b, record, "private_nodes", "private_cluster_config.0.enable_private_nodes", false);
  const privEndpoint = priv?.["enable_private_endpoint"];
  const pe = asBool(privEndpoint, false);
  b.set(
    "public_endpoint",
    typeof pe === "boolean" ? !pe : pe,
    privEndpoint !== undefined ? { attr: "private_cluster_config.0.enable_private_endpoint" } : undefined,
  );

  const man = block(a, "master_authorized_networks_config");
  if (!man) b.set("authorized_networks.enabled", false);
  else {
    b.set("authorized_networks.enabled", true, { attr: "master_authorized_networks_config" });
    const cidrs = blocks(man, "cidr_blocks").map((c) => c["cidr_block"] ?? null);
    b.set("authorized_networks.cidrs", cidrs.find(isUnknown) ?? cidrs, {
      attr: "master_authorized_networks_config",
    });
    b.set("public_access_cidrs", cidrs.find(isUnknown) ?? cidrs, {
      attr: "master_authorized_networks_config",
    });
  }

  // Network policy: Dataplane V2 enforces policies itself; otherwise it takes the nodes'
  // `network_policy` and the master's addon, which GKE adds when a cluster is created with network
  // policy on, unless the addon is written disabled.
  const dp = a["datapath_provider"];
  if (dp === "ADVANCED_DATAPATH") b.set("network_policy", true, { attr: "datapath_provider" });
  else setNetworkPolicy(b, record);

  flag(b, record, "legacy_abac", "enable_legacy_abac", false);
  const auth = block(a, "master_auth");
  const user = auth?.["username"];
  b.set(
    "basic_auth",
    user === undefined || user === null || user === "" ? false : isUnknown(user) ? user : true,
    user !== undefined ? { attr: "master_auth.0.username" } : undefined,
  );
  // Client certificates are not issued unless requested (GKE 1.12+).
  flag(
    b,
    record,
    "client_certificate",
    "master_auth.0.client_certificate_config.0.issue_client_certificate",
    false,
  );

  const wi = block(a, "workload_identity_config");
  const pool = wi?.["workload_pool"] ?? wi?.["identity_namespace"];
  b.set(
    "workload_identity",
    pool === undefined || pool === null || pool === ""
      ? false
      : isUnknown(pool) && pool.refs.length === 0
        ? pool
        : true,
    wi ? { attr: "workload_identity_config" } : undefined,
  );

  // Shielded GKE nodes are on by default.
  flag(b, record, "shielded_nodes", "enable_shielded_nodes", true);

  const enc = block(a, "database_encryption");
  const state = enc?.["state"];
  const encrypted =
    state === undefined || state === null ? false : isUnknown(state) ? state : state === "ENCRYPTED";
  b.set("secrets_encryption.enabled", encrypted, enc ? { attr: "database_encryption.0.state" } : undefined);
  b.set("secrets_encryption_cmk", encrypted, enc ? { attr: "database_encryption.0.key_name" } : undefined);

  // Logging and monitoring default to Cloud Logging / Cloud Monitoring; `none` turns them off.
  const service = (attr: string, cfg: string) => {
    const v = a[attr];
    if (typeof v === "string") return { value: v !== "none", attr };
    if (isUnknown(v)) return { value: v as Value, attr };
    const c = block(a, cfg);
    const comps = c?.["enable_components"];
    if (Array.isArray(comps)) return { value: comps.length > 0, attr: cfg };
    if (isUnknown(comps)) return { value: comps as Value, attr: cfg };
    return { value: true as Value, attr: undefined };
  };
  const log = service("logging_service", "logging_config");
  b.set("logging.enabled", log.value, log.attr ? { attr: log.attr } : undefined);
  const mon = service("monitoring_service", "monitoring_config");
  b.set("monitoring.enabled", mon.value, mon.attr ? { attr: mon.attr } : undefined);

  const channel = block(a, "release_channel")?.["channel"];
  b.set(
    "release_channel",
    channel ?? null,
    channel !== undefined ? { attr: "release_channel.0.channel" } : undefined,
  );

  // New clusters are VPC-native unless `networking_mode = "ROUTES"` (or no ip_allocation_policy on old providers).
  const mode = a["networking_mode"];
  if (mode !== undefined && mode !== null)
    b.set("ip_aliasing", isUnknown(mode) ? mode : mode === "VPC_NATIVE", { attr: "networking_mode" });
  else
    b.set(
      "ip_aliasing",
      block(a, "ip_allocation_policy") !== undefined
        ? true
        : unknown(
            "networking_mode not set and no ip_allocation_policy: the default depends on the provider version",
          ),
    );
  flag(b, record, "intranode_visibility", "enable_intranode_visibility", false);
  const binauth = block(a, "binary_authorization");
  const evalMode = binauth?.["evaluation_mode"];
  if (evalMode !== undefined && evalMode !== null)
    b.set("binary_authorization", isUnknown(evalMode) ? evalMode : evalMode !== "DISABLED", {
      attr: "binary_authorization.0.evaluation_mode",
    });
  else if (binauth?.["enabled"] !== undefined)
    flag(b, record, "binary_authorization", "binary_authorization.0.enabled", false);
  else flag(b, record, "binary_authorization", "enable_binary_authorization", false);
  flag(b, record, "pod_security_policy", "pod_security_policy_config.0.enabled", false);
  b.fromAttr("min_master_version", "min_master_version", null);

  const cluster = b.build();
  const out = [cluster];
  const inline = blocks(a, "node_pool");
  inline.forEach((p, i) => {
    const np = new ResourceBuilder(record, {
      provider: "gcp",
      type: "container_node_pool",
      name: typeof p["name"] === "string" ? p["name"] : `${cluster.name} node pool ${i}`,
    });
    np.resource.uid = `${cluster.uid}/node_pool/${i}`;
    np.resource.source.start_line = (record.attrSpans[`node_pool.${i}`] ?? record.span).start_line;
    np.resource.source.end_line = (record.attrSpans[`node_pool.${i}`] ?? record.span).end_line;
    nodePool(np, record, ctx, `node_pool.${i}.`, true);
    np.link("in_cluster", cluster.uid);
    out.push(np.build());
  });
  // A default pool is created from the cluster's node_config unless removed or replaced by inline pools.
  const removed = asBool(a["remove_default_node_pool"], false);
  if (inline.length === 0 && removed !== true) {
    const np = new ResourceBuilder(record, {
      provider: "gcp",
      type: "container_node_pool",
      name: `${cluster.name} default pool`,
    });
    np.resource.uid = `${cluster.uid}/default_pool`;
    nodePool(np, record, ctx, "", false);
    np.link("in_cluster", cluster.uid);
    if (isUnknown(removed)) np.set("identity_default", removed);
    out.push(np.build());
  }
  return out;
}

export const normalizers: Normalizer[] = [
  { native_types: ["google_container_cluster"], normalize: normalizeCluster },
  { native_types: ["google_container_node_pool"], normalize: normalizeNodePool },
];
