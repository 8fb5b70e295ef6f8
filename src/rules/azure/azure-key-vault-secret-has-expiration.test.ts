import { ruleTester } from "../testing/tester.ts";
import { azureKeyVaultSecretHasExpiration } from "./azure-key-vault-secret-has-expiration.ts";

ruleTester(azureKeyVaultSecretHasExpiration, {
  fail: [
    {
      name: "no expiration",
      format: "terraform",
      files: `resource "azurerm_key_vault_secret" "s" {
  name         = "db-password"
  value        = var.db_password
  key_vault_id = azurerm_key_vault.main.id
}
`,
    },
  ],
  pass: [
    {
      name: "expiration date",
      format: "terraform",
      files: `resource "azurerm_key_vault_secret" "s" {
  name         = "db-password"
  value        = var.db_password
  key_vault_id = azurerm_key_vault.main.id
  expiration_date = "2027-06-30T00:00:00Z"
}
`,
    },
  ],
});
