terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region = var.region
}

locals {
  prefix = "meridian-${var.environment}"
  tags   = {
    owner       = "document-platform"
    environment = var.environment
  }
}
