/** Live ECR repositories → `container_registry`; EKS clusters → `container_cluster`. */
import type { Repository } from "@aws-sdk/client-ecr";
import type { Cluster } from "@aws-sdk/client-eks";
import type { Resource } from "../../model/resource.ts";
import type { LiveRecord } from "../../sources/aws/record.ts";
import type { KeyIndex } from "./keys.ts";
import { parseDocument, policyIsPublic } from "./policy.ts";
import { dataAs, liveResource } from "./resource.ts";

export function normalizeRepository(rec: LiveRecord, keys: KeyIndex): Resource {
  const repo = dataAs<Repository & { Policy?: string | null }>(rec);
  const policy = parseDocument(repo.Policy);
  const kms = repo.encryptionConfiguration?.encryptionType?.startsWith("KMS") === true;
  return liveResource(rec, "container_registry", {
    public_access: policyIsPublic(policy),
    scan_on_push: repo.imageScanningConfiguration?.scanOnPush === true,
    tag_immutable: repo.imageTagMutability?.startsWith("IMMUTABLE") === true,
    // Images are encrypted with AES-256 at least; KMS encryption names its key.
    encryption: {
      enabled: true,
      customer_managed_key: kms
        ? keys.customerManaged(repo.encryptionConfiguration?.kmsKey ?? "alias/aws/ecr")
        : false,
      key_id: repo.encryptionConfiguration?.kmsKey ?? null,
    },
    policy,
  });
}

export function normalizeCluster(rec: LiveRecord): Resource {
  const c = dataAs<Cluster>(rec);
  const vpc = c.resourcesVpcConfig;
  return liveResource(rec, "container_cluster", {
    public_endpoint: vpc?.endpointPublicAccess !== false,
    public_access_cidrs: vpc?.publicAccessCidrs ?? ["0.0.0.0/0"],
    secrets_encryption: {
      enabled: (c.encryptionConfig ?? []).some((e) => (e.resources ?? []).includes("secrets")),
    },
    control_plane_logs: (c.logging?.clusterLogging ?? [])
      .filter((l) => l.enabled)
      .flatMap((l) => l.types ?? [])
      .sort(),
  });
}
