import { ruleTester } from "../testing/tester.ts";
import { azureVmEncryptionAtHostEnabled } from "./azure-vm-encryption-at-host-enabled.ts";

ruleTester(azureVmEncryptionAtHostEnabled, {
  fail: [
    {
      name: "default off",
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
      name: "on",
      format: "terraform",
      files: `resource "azurerm_linux_virtual_machine" "vm" {
  name                  = "contoso-vm"
  resource_group_name   = "rg-app"
  location              = "westeurope"
  size                  = "Standard_B2s"
  admin_username        = "azureuser"
  network_interface_ids = [azurerm_network_interface.nic.id]
  encryption_at_host_enabled = true

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
