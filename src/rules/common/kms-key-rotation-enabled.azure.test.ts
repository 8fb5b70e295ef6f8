import { ruleTester } from "../testing/tester.ts";
import { kmsKeyRotationEnabled } from "./kms-key-rotation-enabled.ts";

// Azure Terraform cases of a cross-cloud rule.
ruleTester(kmsKeyRotationEnabled, {
  fail: [
    {
      name: "key without rotation policy",
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
    {
      name: "rotation policy that only expires",
      format: "terraform",
      line: 8,
      files: `resource "azurerm_key_vault_key" "k" {
  name         = "data-key"
  key_vault_id = azurerm_key_vault.main.id
  key_type     = "RSA"
  key_size     = 2048
  key_opts     = ["decrypt", "encrypt", "unwrapKey", "wrapKey"]

  rotation_policy {
    expire_after         = "P90D"
    notify_before_expiry = "P29D"
  }
}
`,
    },
  ],
  pass: [
    {
      name: "automatic rotation every 90 days",
      format: "terraform",
      files: `resource "azurerm_key_vault_key" "k" {
  name         = "data-key"
  key_vault_id = azurerm_key_vault.main.id
  key_type     = "RSA"
  key_size     = 2048
  key_opts     = ["decrypt", "encrypt", "unwrapKey", "wrapKey"]

  rotation_policy {
    automatic {
      time_before_expiry = "P30D"
    }
    expire_after         = "P90D"
    notify_before_expiry = "P29D"
  }
}
`,
    },
  ],
});
