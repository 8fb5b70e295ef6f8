import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { runCase } from "../testing/tester.ts";
import { databaseBackupRetentionEnabled } from "./database-backup-retention-enabled.ts";

// Azure managed databases are always backed up automatically (PostgreSQL/MySQL keep 7 days by default), so the rule only passes on Azure; retention length and geo-redundancy are Azure rules.
describe("database-backup-retention-enabled on Azure Terraform", () => {
  it("passes: PostgreSQL flexible server", async () => {
    const out = await runCase(databaseBackupRetentionEnabled, {
      name: "PostgreSQL flexible server",
      format: "terraform",
      files: `resource "azurerm_postgresql_flexible_server" "main" {
  name                   = "contoso-pgflex"
  resource_group_name    = "rg-data"
  location               = "westeurope"
  version                = "15"
  sku_name               = "GP_Standard_D2s_v3"
  administrator_login    = "contosoops"
  administrator_password = var.pg_password
}
`,
    });
    assert.deepEqual(out.report.errors, []);
    const results = out.results.filter(
      (r) => r.rule.id === databaseBackupRetentionEnabled.id && r.resource.provider === "azure",
    );
    assert.ok(results.length > 0, "the rule judges the Azure resource");
    assert.ok(
      results.every((r) => r.status === "pass"),
      results.map((r) => r.status).join(","),
    );
  });
  it("passes: MySQL-compatible server keeping 35 days", async () => {
    const out = await runCase(databaseBackupRetentionEnabled, {
      name: "MySQL-compatible server keeping 35 days",
      format: "terraform",
      files: `resource "azurerm_postgresql_server" "main" {
  name                = "contoso-pg"
  location            = "westeurope"
  resource_group_name = "rg-data"
  sku_name            = "GP_Gen5_2"
  version             = "11"
  storage_mb          = 51200
  administrator_login          = "contosoops"
  administrator_login_password = var.pg_password
  ssl_enforcement_enabled      = true
  backup_retention_days = 35
}
`,
    });
    assert.deepEqual(out.report.errors, []);
    const results = out.results.filter(
      (r) => r.rule.id === databaseBackupRetentionEnabled.id && r.resource.provider === "azure",
    );
    assert.ok(results.length > 0, "the rule judges the Azure resource");
    assert.ok(
      results.every((r) => r.status === "pass"),
      results.map((r) => r.status).join(","),
    );
  });
});
