import { ruleTester } from "../testing/tester.ts";
import { diskAttachedToInstance } from "./disk-attached-to-instance.ts";

ruleTester(diskAttachedToInstance, {
  fail: [
    {
      name: "EBS volume with no attachment",
      format: "terraform",
      files: `resource "aws_ebs_volume" "orphan" {
  availability_zone = "eu-west-1a"
  size              = 500
  encrypted         = true
}
`,
      line: 1,
      message: "orphan",
    },
    {
      name: "managed disk with no attachment",
      format: "terraform",
      files: `resource "azurerm_managed_disk" "old" {
  name                 = "old-data"
  location             = "westeurope"
  resource_group_name  = "rg"
  storage_account_type = "Standard_LRS"
  create_option        = "Empty"
  disk_size_gb         = 256
}
`,
      line: 1,
    },
  ],
  pass: [
    {
      name: "EBS volume attached to an instance",
      format: "terraform",
      files: `resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = true
}

resource "aws_volume_attachment" "data" {
  device_name = "/dev/sdf"
  volume_id   = aws_ebs_volume.data.id
  instance_id = "i-0123456789abcdef0"
}
`,
    },
    {
      name: "managed disk attached to a VM",
      format: "terraform",
      files: `resource "azurerm_managed_disk" "data" {
  name                 = "data"
  location             = "westeurope"
  resource_group_name  = "rg"
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 128
}

resource "azurerm_virtual_machine_data_disk_attachment" "data" {
  managed_disk_id    = azurerm_managed_disk.data.id
  virtual_machine_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/app"
  lun                = 0
  caching            = "ReadWrite"
}
`,
    },
  ],
});
