import { ruleTester } from "../testing/tester.ts";
import { azureCosmosdbLocalAuthDisabled } from "./azure-cosmosdb-local-auth-disabled.ts";

ruleTester(azureCosmosdbLocalAuthDisabled, {
  fail: [
    {
      name: "keys accepted by default",
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
    },
  ],
  pass: [
    {
      name: "keys disabled",
      format: "terraform",
      files: `resource "azurerm_cosmosdb_account" "db" {
  name                = "contoso-cosmos"
  location            = "westeurope"
  resource_group_name = "rg-data"
  offer_type          = "Standard"
  local_authentication_disabled = true

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}
`,
    },
  ],
});
