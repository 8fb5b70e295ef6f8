import { isUnknown, isValueMap } from "../../model/value.ts";
import { fail, pass, skip, undetermined, type Rule } from "../rule.ts";

/** Actions that let a holder grant roles or rewrite role definitions, i.e. escalate. */
function grantsAccessManagement(action: string): boolean {
  const a = action.toLowerCase();
  return (
    a === "*" ||
    a === "microsoft.authorization/*" ||
    a === "microsoft.authorization/*/write" ||
    a === "microsoft.authorization/roledefinitions/write" ||
    a === "microsoft.authorization/roleassignments/write" ||
    a === "microsoft.authorization/roledefinitions/*" ||
    a === "microsoft.authorization/roleassignments/*"
  );
}

/**
 * Custom roles do not allow managing role definitions or assignments (CIS: no custom subscription
 * administrator roles). A custom role with `*` or `Microsoft.Authorization/*` write actions is an
 * owner in disguise: its holders can grant themselves anything.
 */
export const azureCustomRoleCannotManageAccess: Rule = {
  id: "azure-custom-role-cannot-manage-access",
  title: "Custom roles cannot create roles or role assignments",
  severity: "high",
  category: "identity_access",
  providers: ["azure"],
  resource_types: ["iam_role"],
  rationale:
    "A custom role that allows `*` or writing role definitions / role assignments lets its holders grant themselves any permission, escaping every least-privilege decision made elsewhere. Such roles are subscription administrators that do not show up as Owner.",
  remediation: {
    text: "List only the actions the role needs, never `*` or `Microsoft.Authorization/*/write`; leave access management to built-in roles assigned through PIM.",
    code: {
      terraform: `resource "azurerm_role_definition" "vm_operator" {
  name  = "vm-operator"
  scope = data.azurerm_subscription.current.id

  permissions {
    actions = [
      "Microsoft.Compute/virtualMachines/start/action",
      "Microsoft.Compute/virtualMachines/restart/action",
      "Microsoft.Compute/virtualMachines/read",
    ]
  }
}`,
    },
  },
  auto_remediable: false,
  references: [
    "https://learn.microsoft.com/azure/role-based-access-control/custom-roles",
    "https://learn.microsoft.com/azure/role-based-access-control/best-practices",
  ],
  check(resource) {
    const policies = resource.config["policies"];
    if (policies === undefined) return skip("no permissions expressed");
    if (isUnknown(policies)) return undetermined(`permissions: ${policies.reason}`);
    if (!Array.isArray(policies)) return skip("permissions are not a list");
    for (const doc of policies.filter(isValueMap)) {
      const statements = Array.isArray(doc["Statement"]) ? doc["Statement"].filter(isValueMap) : [];
      for (const st of statements) {
        const actions = st["Action"];
        if (isUnknown(actions)) return undetermined("actions are not known");
        if (!Array.isArray(actions)) continue;
        const bad = actions.find((a) => typeof a === "string" && grantsAccessManagement(a));
        const notActions = Array.isArray(st["NotAction"])
          ? st["NotAction"].map((a) => String(a).toLowerCase())
          : [];
        // `*` minus every Microsoft.Authorization write is not an escalation path.
        const excluded = notActions.some(
          (a) => a === "microsoft.authorization/*" || a === "microsoft.authorization/*/write",
        );
        if (bad !== undefined && !excluded)
          return fail(
            `Custom role ${resource.name} allows ${String(bad)}, so its holders can grant themselves any access`,
            "policies",
          );
      }
    }
    return pass();
  },
};
