provider "google" {
  project = var.project_id
  region  = var.region
}

variable "project_id" {
  type    = string
  default = "orion-logistics-prod"
}

variable "region" {
  type    = string
  default = "europe-west1"
}

locals {
  labels = {
    owner       = "platform"
    environment = "production"
  }
}

# Shipment manifests: private by construction.
resource "google_storage_bucket" "manifests" {
  name                        = "${var.project_id}-manifests"
  location                    = "EU"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
  labels                      = local.labels

  versioning {
    enabled = true
  }

  logging {
    log_bucket = "${var.project_id}-access-logs"
  }
}
