import { settingRule } from "./setting-rule.ts";

/** Key Vault secrets declare a content type. */
export const azureKeyVaultSecretHasContentType = settingRule(
  {
    id: "azure-key-vault-secret-has-content-type",
    title: "Key Vault secrets declare a content type",
    severity: "info",
    category: "data_protection",
    providers: ["azure"],
    resource_types: ["secret"],
    rationale:
      "A content type tells operators and rotation tooling what a secret is (password, connection string, certificate) so it is handled and rotated correctly.",
    remediation: {
      text: "Set `content_type` on the secret.",
      code: {
        terraform: `resource "azurerm_key_vault_secret" "s" {
  name         = "db-password"
  value        = var.db_password
  key_vault_id = azurerm_key_vault.main.id
  content_type = "password"
}`,
      },
    },
    auto_remediable: true,
    references: ["https://learn.microsoft.com/azure/key-vault/secrets/about-secrets"],
  },
  {
    path: "content_type",
    ok: (v) => typeof v === "string" && v.trim() !== "",
    message: (r) => `Key Vault secret ${r.name} has no content type`,
  },
);
