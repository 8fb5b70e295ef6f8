import { type Rule } from "../rule.ts";
import { expectSetting, isFalse } from "../common/expect-setting.ts";

export const gcpProjectDefaultNetworkNotCreated: Rule = {
  id: "gcp-project-default-network-not-created",
  title: "Projects are created without the default network",
  severity: "medium",
  category: "network",
  providers: ["gcp"],
  resource_types: ["project"],
  rationale:
    "A new project gets the default network and its permissive firewall rules unless told otherwise; they stay long after anyone remembers them.",
  remediation: {
    text: "Set `auto_create_network = false` on the project (or enforce `compute.skipDefaultNetworkCreation`).",
    code: {
      terraform: `resource "google_project" "app" {
  name                = "app"
  project_id          = "orion-app"
  org_id              = var.org_id
  auto_create_network = false
}`,
    },
  },
  auto_remediable: true,
  references: ["https://cloud.google.com/vpc/docs/vpc#default-network"],
  check(resource) {
    return expectSetting(
      resource,
      "auto_create_network",
      isFalse,
      `Project ${resource.name} is created with the default network`,
    );
  },
};
