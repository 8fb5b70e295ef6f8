/** EKS clusters → `container_cluster`. */
import type { RawRecord } from "../../../model/raw.ts";
import type { Resource } from "../../../model/resource.ts";
import { isUnknown } from "../../../model/value.ts";
import { asBool, blocks, ResourceBuilder } from "../../kit.ts";
import type { Normalizer } from "../../registry.ts";
import { stringList } from "./references.ts";

function normalizeCluster(record: RawRecord): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "container_cluster" });
  // The API endpoint is public, to 0.0.0.0/0, unless vpc_config says otherwise.
  b.fromAttr("public_endpoint", "vpc_config.0.endpoint_public_access", true, (v) => asBool(v));
  const cidrs =
    record.attrs["vpc_config"] === undefined ? undefined : b.attr("vpc_config.0.public_access_cidrs");
  if (cidrs === undefined || cidrs === null)
    b.set(
      "public_access_cidrs",
      ["0.0.0.0/0"],
      record.attrs["vpc_config"] ? { attr: "vpc_config" } : undefined,
    );
  else b.set("public_access_cidrs", stringList(cidrs), { attr: "vpc_config.0.public_access_cidrs" });
  const secrets = blocks(record.attrs, "encryption_config").findIndex((e) => {
    const r = stringList(e["resources"]);
    return !isUnknown(r) && r.includes("secrets");
  });
  b.set("secrets_encryption.enabled", secrets >= 0, {
    attr: secrets >= 0 ? `encryption_config.${secrets}` : "encryption_config.0.resources",
  });
  b.fromAttr("control_plane_logs", "enabled_cluster_log_types", [], (v) => stringList(v));
  return b.build();
}

export const normalizers: Normalizer[] = [{ native_types: ["aws_eks_cluster"], normalize: normalizeCluster }];
