import { ruleTester } from "../testing/tester.ts";
import { azureVmUsesManagedIdentity } from "./azure-vm-uses-managed-identity.ts";

ruleTester(azureVmUsesManagedIdentity, {
  fail: [
    {
      name: "no identity",
      format: "terraform",
      files: `resource "azurerm_linux_virtual_machine" "vm" {
  name                  = "contoso-vm"
  resource_group_name   = "rg-app"
  location              = "westeurope"
  size                  = "Standard_B2s"
  admin_username        = "azureuser"
  network_interface_ids = [azurerm_network_interface.nic.id]

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }

  source_image_reference {
    publisher = "Canonical"
    offer     = "0001-com-ubuntu-server-jammy"
    sku       = "22_04-lts"
    version   = "latest"
  }
}
`,
    },
  ],
  pass: [
    {
      name: "system assigned",
      format: "terraform",
      files: `resource "azurerm_linux_virtual_machine" "vm" {
  name                  = "contoso-vm"
  resource_group_name   = "rg-app"
  location              = "westeurope"
  size                  = "Standard_B2s"
  admin_username        = "azureuser"
  network_interface_ids = [azurerm_network_interface.nic.id]

  identity {
    type = "SystemAssigned"
  }

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }

  source_image_reference {
    publisher = "Canonical"
    offer     = "0001-com-ubuntu-server-jammy"
    sku       = "22_04-lts"
    version   = "latest"
  }
}
`,
    },
  ],
});
