import { settingRule } from "./setting-rule.ts";

/** Key Vault secrets have an expiration date. */
export const azureKeyVaultSecretHasExpiration = settingRule(
  {
    id: "azure-key-vault-secret-has-expiration",
    title: "Key Vault secrets have an expiration date",
    severity: "medium",
    category: "data_protection",
    providers: ["azure"],
    resource_types: ["secret"],
    rationale:
      "Secrets without an expiry are never forced to rotate; an expiry date bounds the life of a leaked password or token.",
    remediation: {
      text: "Set `expiration_date` on the secret and rotate it before then.",
      code: {
        terraform: `resource "azurerm_key_vault_secret" "s" {
  name            = "db-password"
  value           = var.db_password
  key_vault_id    = azurerm_key_vault.main.id
  content_type    = "password"
  expiration_date = "2027-06-30T00:00:00Z"
}`,
      },
    },
    auto_remediable: true,
    references: ["https://learn.microsoft.com/azure/key-vault/secrets/about-secrets"],
  },
  {
    path: "expiration_set",
    ok: (v) => v === true,
    message: (r) => `Key Vault secret ${r.name} never expires`,
  },
);
