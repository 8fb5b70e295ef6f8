import { ruleTester } from "../testing/tester.ts";
import { gcpProjectDefaultNetworkNotCreated } from "./gcp-project-default-network-not-created.ts";

ruleTester(gcpProjectDefaultNetworkNotCreated, {
  fail: [
    {
      name: "default: network created",
      format: "terraform",
      files: `resource "google_project" "app" {
  name       = "app"
  project_id = "orion-app"
  org_id     = "123456789"
}
`,
      path: "auto_create_network",
    },
  ],
  pass: [
    {
      name: "no default network",
      format: "terraform",
      files: `resource "google_project" "app" {
  name                = "app"
  project_id          = "orion-app"
  org_id              = "123456789"
  auto_create_network = false
}
`,
    },
  ],
});
