provider "azurerm" {
  features {}
}

locals {
  location = "westeurope"
  tags     = {
    owner       = "analytics"
    environment = "production"
  }
}

resource "azurerm_resource_group" "analytics" {
  name     = "rg-analytics-prod"
  location = local.location
  tags     = local.tags
}

# Reports storage: HTTPS only, TLS 1.2, no anonymous blob access, private container.
resource "azurerm_storage_account" "reports" {
  name                            = "heliosreportsprod"
  resource_group_name             = azurerm_resource_group.analytics.name
  location                        = local.location
  account_tier                    = "Standard"
  account_replication_type        = "GRS"
  https_traffic_only_enabled      = true
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
  shared_access_key_enabled       = false
  tags                            = local.tags

  blob_properties {
    versioning_enabled = true
    delete_retention_policy {
      days = 30
    }
    container_delete_retention_policy {
      days = 30
    }
  }

  network_rules {
    default_action = "Deny"
    bypass         = ["AzureServices"]
  }
}

resource "azurerm_storage_container" "reports" {
  name                  = "reports"
  storage_account_id    = azurerm_storage_account.reports.id
  container_access_type = "private"
}

resource "azurerm_network_security_group" "app" {
  name                = "nsg-app-prod"
  location            = local.location
  resource_group_name = azurerm_resource_group.analytics.name
  tags                = local.tags

  security_rule {
    name                       = "https-in"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "443"
    source_address_prefix      = "Internet"
    destination_address_prefix = "*"
  }
}
