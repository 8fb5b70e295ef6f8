import { ruleTester } from "../testing/tester.ts";
import { azureLinuxVmPasswordAuthenticationDisabled } from "./azure-linux-vm-password-authentication-disabled.ts";

ruleTester(azureLinuxVmPasswordAuthenticationDisabled, {
  fail: [
    {
      name: "passwords on",
      format: "terraform",
      line: 9,
      files: `resource "azurerm_linux_virtual_machine" "vm" {
  name                  = "contoso-vm"
  resource_group_name   = "rg-app"
  location              = "westeurope"
  size                  = "Standard_B2s"
  admin_username        = "azureuser"
  network_interface_ids = [azurerm_network_interface.nic.id]
  admin_password                  = var.vm_password
  disable_password_authentication = false

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
    {
      name: "legacy VM resource",
      format: "terraform",
      line: 21,
      files: `resource "azurerm_virtual_machine" "legacy" {
  name                  = "contoso-legacy"
  location              = "westeurope"
  resource_group_name   = "rg-app"
  network_interface_ids = [azurerm_network_interface.nic.id]
  vm_size               = "Standard_B2s"

  storage_os_disk {
    name              = "osdisk"
    create_option     = "FromImage"
    managed_disk_type = "Standard_LRS"
  }

  os_profile {
    computer_name  = "legacy"
    admin_username = "azureuser"
    admin_password = var.vm_password
  }

  os_profile_linux_config {
    disable_password_authentication = false
  }
}
`,
    },
  ],
  pass: [
    {
      name: "default key only",
      format: "terraform",
      files: `resource "azurerm_linux_virtual_machine" "vm" {
  name                  = "contoso-vm"
  resource_group_name   = "rg-app"
  location              = "westeurope"
  size                  = "Standard_B2s"
  admin_username        = "azureuser"
  network_interface_ids = [azurerm_network_interface.nic.id]

  admin_ssh_key {
    username   = "azureuser"
    public_key = var.ssh_public_key
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
