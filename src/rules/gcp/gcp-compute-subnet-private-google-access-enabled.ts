import { type Rule } from "../rule.ts";
import { expectSetting, isTrue } from "../common/expect-setting.ts";

export const gcpComputeSubnetPrivateGoogleAccessEnabled: Rule = {
  id: "gcp-compute-subnet-private-google-access-enabled",
  title: "VPC subnets use Private Google Access",
  severity: "low",
  category: "network",
  providers: ["gcp"],
  resource_types: ["subnet"],
  rationale:
    "Without Private Google Access, VMs without external addresses cannot reach Google APIs, which pushes teams to give instances public IPs.",
  remediation: {
    text: "Set `private_ip_google_access = true` on the subnetwork.",
    code: {
      terraform: `resource "google_compute_subnetwork" "app" {
  # ...
  private_ip_google_access = true
}`,
    },
  },
  auto_remediable: true,
  references: ["https://cloud.google.com/vpc/docs/private-google-access"],
  check(resource) {
    return expectSetting(
      resource,
      "private_google_access",
      isTrue,
      `Subnet ${resource.name} has Private Google Access off`,
    );
  },
};
