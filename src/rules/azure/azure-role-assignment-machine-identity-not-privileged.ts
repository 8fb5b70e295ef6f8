import { isUnknown } from "../../model/value.ts";
import { fail, pass, skip, undetermined, type Rule } from "../rule.ts";

/** Built-in roles that can change anything, or grant themselves that power. */
const PRIVILEGED = new Set([
  "owner",
  "contributor",
  "user access administrator",
  "role based access control administrator",
]);
const BROAD_SCOPES = new Set(["subscription", "management_group"]);
const MACHINE = new Set(["service_principal", "managed_identity"]);

/**
 * Workload identities hold no privileged role over a whole subscription (the guide's scenario B).
 *
 * A node pool or VM identity is reachable from every workload on the machine through the
 * instance metadata service; if it is Owner of the subscription, one compromised pod is a
 * compromised subscription.
 */
export const azureRoleAssignmentMachineIdentityNotPrivileged: Rule = {
  id: "azure-role-assignment-machine-identity-not-privileged",
  title:
    "Service principals and managed identities are not Owner, Contributor or User Access Administrator of a subscription",
  severity: "critical",
  category: "identity_access",
  providers: ["azure"],
  resource_types: ["iam_binding"],
  rationale:
    "Tokens of a managed identity or service principal can be taken by anyone who compromises the workload (through the instance metadata endpoint of a VM or AKS node). Owner, Contributor or User Access Administrator at subscription or management-group scope turns that foothold into control of every resource below it.",
  remediation: {
    text: "Grant the identity a narrow built-in or custom role at the resource group or resource it actually manages (for AKS kubelet identities: AcrPull on the registry, Network Contributor on the subnet).",
    code: {
      terraform: `resource "azurerm_role_assignment" "kubelet_acr_pull" {
  scope                = azurerm_container_registry.acr.id
  role_definition_name = "AcrPull"
  principal_id         = azurerm_kubernetes_cluster.main.kubelet_identity[0].object_id
}`,
    },
  },
  auto_remediable: false,
  references: [
    "https://learn.microsoft.com/azure/role-based-access-control/best-practices",
    "https://learn.microsoft.com/azure/aks/concepts-identity",
  ],
  check(resource) {
    const roles = resource.config["roles"];
    const scope = resource.config["scope_level"];
    const kind = resource.config["principal_kind"];
    if (roles === undefined || scope === undefined || kind === undefined)
      return skip("not an Azure role assignment");
    if (isUnknown(roles)) return undetermined(`role: ${roles.reason}`);
    if (!Array.isArray(roles)) return skip("roles are not a list");
    const privileged = roles.find((r) => typeof r === "string" && PRIVILEGED.has(r.toLowerCase()));
    if (privileged === undefined) return pass();
    if (isUnknown(scope)) return undetermined(`scope: ${scope.reason}`);
    if (typeof scope !== "string" || !BROAD_SCOPES.has(scope)) return pass();
    if (isUnknown(kind)) return undetermined(`principal: ${kind.reason}`);
    if (typeof kind !== "string" || !MACHINE.has(kind)) return pass();
    const who = kind === "managed_identity" ? "Managed identity" : "Service principal";
    const where = scope === "subscription" ? "subscription" : "management group";
    return fail(
      `${who} of role assignment ${resource.name} is ${String(privileged)} of a whole ${where}`,
      "roles",
    );
  },
};
