import { settingRule } from "./setting-rule.ts";

/** Key Vault keys have an expiration date. */
export const azureKeyVaultKeyHasExpiration = settingRule(
  {
    id: "azure-key-vault-key-has-expiration",
    title: "Key Vault keys have an expiration date",
    severity: "medium",
    category: "encryption",
    providers: ["azure"],
    resource_types: ["kms_key"],
    rationale:
      "Keys without an expiry stay valid forever; an expiration date forces rotation and limits how long a leaked key is useful.",
    remediation: {
      text: "Set `expiration_date` (RFC 3339) or a `rotation_policy` with `expire_after`.",
      code: {
        terraform: `resource "azurerm_key_vault_key" "k" {
  name            = "data-key"
  key_vault_id    = azurerm_key_vault.main.id
  key_type        = "RSA"
  key_size        = 2048
  key_opts        = ["unwrapKey", "wrapKey"]
  expiration_date = "2027-06-30T00:00:00Z"
}`,
      },
    },
    auto_remediable: true,
    references: ["https://learn.microsoft.com/azure/key-vault/keys/about-keys-details#key-attributes"],
  },
  {
    path: "expiration_set",
    ok: (v) => v === true,
    message: (r) => `Key Vault key ${r.name} never expires`,
  },
);
