import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { runCase } from "../testing/tester.ts";
import { databaseEncryptedAtRest } from "./database-encrypted-at-rest.ts";

// Azure SQL (TDE), PostgreSQL, MySQL and Cosmos DB always encrypt data at rest, so the cross-cloud rule only passes on Azure; customer-managed keys are a separate concern.
describe("database-encrypted-at-rest on Azure Terraform", () => {
  it("passes: SQL server", async () => {
    const out = await runCase(databaseEncryptedAtRest, {
      name: "SQL server",
      format: "terraform",
      files: `resource "azurerm_mssql_server" "main" {
  name                         = "contoso-sql"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "contosoops"
  administrator_login_password = var.sql_password
}
`,
    });
    assert.deepEqual(out.report.errors, []);
    const results = out.results.filter(
      (r) => r.rule.id === databaseEncryptedAtRest.id && r.resource.provider === "azure",
    );
    assert.ok(results.length > 0, "the rule judges the Azure resource");
    assert.ok(
      results.every((r) => r.status === "pass"),
      results.map((r) => r.status).join(","),
    );
  });
  it("passes: PostgreSQL single server", async () => {
    const out = await runCase(databaseEncryptedAtRest, {
      name: "PostgreSQL single server",
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
}
`,
    });
    assert.deepEqual(out.report.errors, []);
    const results = out.results.filter(
      (r) => r.rule.id === databaseEncryptedAtRest.id && r.resource.provider === "azure",
    );
    assert.ok(results.length > 0, "the rule judges the Azure resource");
    assert.ok(
      results.every((r) => r.status === "pass"),
      results.map((r) => r.status).join(","),
    );
  });
  it("passes: Cosmos DB", async () => {
    const out = await runCase(databaseEncryptedAtRest, {
      name: "Cosmos DB",
      format: "terraform",
      files: `resource "azurerm_cosmosdb_account" "db" {
  name                = "contoso-cosmos"
  location            = "westeurope"
  resource_group_name = "rg-data"
  offer_type          = "Standard"

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}
`,
    });
    assert.deepEqual(out.report.errors, []);
    const results = out.results.filter(
      (r) => r.rule.id === databaseEncryptedAtRest.id && r.resource.provider === "azure",
    );
    assert.ok(results.length > 0, "the rule judges the Azure resource");
    assert.ok(
      results.every((r) => r.status === "pass"),
      results.map((r) => r.status).join(","),
    );
  });
});
