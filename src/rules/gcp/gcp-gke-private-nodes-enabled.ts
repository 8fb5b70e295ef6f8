import { type Rule } from "../rule.ts";
import { expectSetting, isTrue } from "../common/expect-setting.ts";

export const gcpGkePrivateNodesEnabled: Rule = {
  id: "gcp-gke-private-nodes-enabled",
  title: "GKE clusters use private nodes",
  severity: "medium",
  category: "public_exposure",
  providers: ["gcp"],
  resource_types: ["container_cluster"],
  rationale:
    "Nodes with public addresses expose the kubelet and every NodePort service to the internet, one firewall rule away from direct attack.",
  remediation: {
    text: "Add `private_cluster_config { enable_private_nodes = true }` and reach the internet through Cloud NAT.",
    code: {
      terraform: `resource "google_container_cluster" "apps" {
  # ...
  private_cluster_config {
    enable_private_nodes    = true
    master_ipv4_cidr_block  = "172.16.0.0/28"
  }
}`,
    },
  },
  auto_remediable: true,
  references: ["https://cloud.google.com/kubernetes-engine/docs/how-to/private-clusters"],
  check(resource) {
    return expectSetting(
      resource,
      "private_nodes",
      isTrue,
      `Cluster ${resource.name} gives its nodes public IP addresses`,
    );
  },
};
