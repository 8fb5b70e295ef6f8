import { ruleTester } from "../testing/tester.ts";
import { azureKeyVaultKeyHasExpiration } from "./azure-key-vault-key-has-expiration.ts";

ruleTester(azureKeyVaultKeyHasExpiration, {
  fail: [
    {
      name: "no expiration",
      format: "terraform",
      files: `resource "azurerm_key_vault_key" "k" {
  name         = "data-key"
  key_vault_id = azurerm_key_vault.main.id
  key_type     = "RSA"
  key_size     = 2048
  key_opts     = ["decrypt", "encrypt", "unwrapKey", "wrapKey"]
}
`,
    },
  ],
  pass: [
    {
      name: "expiration date",
      format: "terraform",
      files: `resource "azurerm_key_vault_key" "k" {
  name         = "data-key"
  key_vault_id = azurerm_key_vault.main.id
  key_type     = "RSA"
  key_size     = 2048
  key_opts     = ["decrypt", "encrypt", "unwrapKey", "wrapKey"]
  expiration_date = "2027-06-30T00:00:00Z"
}
`,
    },
  ],
});
