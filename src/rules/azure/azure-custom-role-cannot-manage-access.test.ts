import { ruleTester } from "../testing/tester.ts";
import { azureCustomRoleCannotManageAccess } from "./azure-custom-role-cannot-manage-access.ts";

const role = (actions: string, notActions = "[]"): string => `data "azurerm_subscription" "current" {}

resource "azurerm_role_definition" "custom" {
  name  = "contoso-custom"
  scope = data.azurerm_subscription.current.id

  permissions {
    actions     = ${actions}
    not_actions = ${notActions}
  }

  assignable_scopes = [data.azurerm_subscription.current.id]
}
`;

ruleTester(azureCustomRoleCannotManageAccess, {
  fail: [
    { name: "every action", format: "terraform", line: 7, files: role('["*"]') },
    {
      name: "role assignments write",
      format: "terraform",
      files: role('["Microsoft.Compute/*/read", "Microsoft.Authorization/roleAssignments/write"]'),
    },
  ],
  pass: [
    {
      name: "start and restart VMs",
      format: "terraform",
      files: role(
        '["Microsoft.Compute/virtualMachines/start/action", "Microsoft.Compute/virtualMachines/read"]',
      ),
    },
    {
      name: "contributor-like role without authorization writes",
      format: "terraform",
      files: role('["*"]', '["Microsoft.Authorization/*/Write", "Microsoft.Authorization/*/Delete"]'),
    },
  ],
});
