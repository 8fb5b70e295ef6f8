import { ruleTester } from "../testing/tester.ts";
import { azureKeyVaultSecretHasContentType } from "./azure-key-vault-secret-has-content-type.ts";

ruleTester(azureKeyVaultSecretHasContentType, {
  fail: [
    {
      name: "no content type",
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
      name: "password",
      format: "terraform",
      files: `resource "azurerm_key_vault_secret" "s" {
  name         = "db-password"
  value        = var.db_password
  key_vault_id = azurerm_key_vault.main.id
  content_type = "password"
}
`,
    },
  ],
});
