import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { runCase } from "../testing/tester.ts";
import { diskEncrypted } from "./disk-encrypted.ts";

// Every Azure managed disk is encrypted at rest with a platform-managed key and that cannot be turned off, so the cross-cloud rule only passes on Azure; customer-managed keys are judged by azure-vm-disk-uses-customer-managed-key.
describe("disk-encrypted on Azure Terraform", () => {
  it("passes: managed disk with platform key", async () => {
    const out = await runCase(diskEncrypted, {
      name: "managed disk with platform key",
      format: "terraform",
      files: `resource "azurerm_managed_disk" "data" {
  name                 = "data-disk"
  location             = "westeurope"
  resource_group_name  = "rg-app"
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 128
}
`,
    });
    assert.deepEqual(out.report.errors, []);
    const results = out.results.filter(
      (r) => r.rule.id === diskEncrypted.id && r.resource.provider === "azure",
    );
    assert.ok(results.length > 0, "the rule judges the Azure resource");
    assert.ok(
      results.every((r) => r.status === "pass"),
      results.map((r) => r.status).join(","),
    );
  });
});
