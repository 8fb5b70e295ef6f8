import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { runCase } from "../testing/tester.ts";
import { storageBucketEncrypted } from "./storage-bucket-encrypted.ts";

// Azure Storage Service Encryption cannot be turned off, so every blob container is encrypted: only passing cases exist.
describe("storage-bucket-encrypted on Azure Terraform", () => {
  it("passes: container of a default account", async () => {
    const out = await runCase(storageBucketEncrypted, {
      name: "container of a default account",
      format: "terraform",
      files: `resource "azurerm_storage_account" "data" {
  name                     = "contosodata01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_storage_container" "docs" {
  name                  = "docs"
  storage_account_name  = azurerm_storage_account.data.name
  container_access_type = "private"
}
`,
    });
    assert.deepEqual(out.report.errors, []);
    const results = out.results.filter(
      (r) => r.rule.id === storageBucketEncrypted.id && r.resource.provider === "azure",
    );
    assert.ok(results.length > 0, "the rule judges the Azure resource");
    assert.ok(
      results.every((r) => r.status === "pass"),
      results.map((r) => r.status).join(","),
    );
  });
});
