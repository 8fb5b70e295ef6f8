import { settingRule, onlyEngines } from "./setting-rule.ts";

/** Cosmos DB accounts accept only Entra ID authentication. */
export const azureCosmosdbLocalAuthDisabled = settingRule(
  {
    id: "azure-cosmosdb-local-auth-disabled",
    title: "Cosmos DB accounts accept only Entra ID authentication",
    severity: "medium",
    category: "identity_access",
    providers: ["azure"],
    resource_types: ["database_instance"],
    rationale:
      "Account keys give full data-plane access, cannot be scoped to a user and are easily leaked; Entra ID with RBAC gives per-identity, revocable access.",
    remediation: {
      text: "Set `local_authentication_disabled = true` after moving clients to Entra ID.",
      code: {
        terraform: `resource "azurerm_cosmosdb_account" "db" {
  name                          = "contoso-cosmos"
  location                      = "westeurope"
  resource_group_name           = "rg-data"
  offer_type                    = "Standard"
  local_authentication_disabled = true
}`,
      },
    },
    auto_remediable: true,
    references: ["https://learn.microsoft.com/azure/cosmos-db/how-to-setup-rbac#disable-local-auth"],
  },
  {
    path: "local_auth",
    skipWhen: onlyEngines("cosmosdb"),
    ok: (v) => v === false,
    message: (r) => `Cosmos DB account ${r.name} accepts primary keys besides Entra ID`,
  },
);
