import { ruleTester } from "../testing/tester.ts";
import { firewallRestrictsAllPortsFromInternet } from "./firewall-restricts-all-ports-from-internet.ts";
import { firewallRestrictsDatabasePorts } from "./firewall-restricts-database-ports.ts";
import { firewallRestrictsManagementPorts } from "./firewall-restricts-management-ports.ts";

// How protocols bound ports in the shared judgement, on each cloud's spelling of "all protocols".

ruleTester(firewallRestrictsManagementPorts, {
  fail: [
    {
      name: "AWS protocol -1 is all traffic: every port whatever from_port says",
      format: "terraform",
      files: `resource "aws_security_group" "open" {
  name = "open"
  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
      line: 7,
      path: "rules.0.sources",
    },
    {
      name: "Azure NSG rule for every protocol on port 3389",
      format: "terraform",
      files: `resource "azurerm_network_security_group" "jump" {
  name                = "jump-nsg"
  location            = "westeurope"
  resource_group_name = "rg-net"

  security_rule {
    name                       = "rdp-any-protocol"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_range     = "3389"
    source_address_prefix      = "Internet"
    destination_address_prefix = "*"
  }
}
`,
    },
  ],
  pass: [
    {
      name: "Azure NSG rule for every protocol bounded to HTTPS",
      format: "terraform",
      files: `resource "azurerm_network_security_group" "web" {
  name                = "web-nsg"
  location            = "westeurope"
  resource_group_name = "rg-net"

  security_rule {
    name                       = "https"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_range     = "443"
    source_address_prefix      = "*"
    destination_address_prefix = "*"
  }
}
`,
    },
    {
      name: "UDP 3389 is not RDP's TCP listener",
      format: "terraform",
      files: `resource "aws_security_group" "media" {
  name = "media"
  ingress {
    from_port   = 3389
    to_port     = 3389
    protocol    = "udp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
    },
    {
      name: "GCP rule for all protocols limited to listed ports",
      format: "terraform",
      files: `resource "google_compute_firewall" "web" {
  name          = "allow-web"
  network       = "default"
  source_ranges = ["0.0.0.0/0"]
  allow {
    protocol = "all"
    ports    = ["80", "443"]
  }
}
`,
    },
  ],
});

ruleTester(firewallRestrictsAllPortsFromInternet, {
  fail: [
    {
      name: "AWS all-traffic rule from anywhere",
      format: "terraform",
      files: `resource "aws_security_group_rule" "all" {
  type              = "ingress"
  from_port         = 0
  to_port           = 0
  protocol          = "-1"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = "sg-0123456789abcdef0"
}
`,
    },
  ],
  pass: [
    {
      name: "Azure rule for every protocol with a port list is not every port",
      format: "terraform",
      files: `resource "azurerm_network_security_group" "web" {
  name                = "web-nsg"
  location            = "westeurope"
  resource_group_name = "rg-net"

  security_rule {
    name                       = "web"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_ranges    = ["80", "443"]
    source_address_prefix      = "*"
    destination_address_prefix = "*"
  }
}
`,
    },
  ],
});

ruleTester(firewallRestrictsDatabasePorts, {
  fail: [
    {
      name: "SQL Server Analysis Services port open to the world",
      format: "terraform",
      files: `resource "aws_security_group" "olap" {
  name = "olap"
  ingress {
    from_port   = 2383
    to_port     = 2383
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
      line: 7,
    },
    {
      name: "Memcached UDP listener open to the world",
      format: "terraform",
      files: `resource "aws_security_group" "cache" {
  name = "cache"
  ingress {
    from_port   = 11211
    to_port     = 11211
    protocol    = "udp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
    },
  ],
  pass: [
    {
      name: "UDP on the PostgreSQL port reaches no database",
      format: "terraform",
      files: `resource "aws_security_group" "odd" {
  name = "odd"
  ingress {
    from_port   = 5432
    to_port     = 5432
    protocol    = "udp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
    },
  ],
});
