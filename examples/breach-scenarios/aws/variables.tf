variable "environment" {
  type    = string
  default = "staging"
}

variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "dev_account_id" {
  description = "The development account the migration snapshot was shared with."
  type        = string
  default     = "210987654321"
}

variable "admin_cidrs" {
  description = "Networks allowed to reach the bastion over SSH."
  type        = list(string)
  default     = ["203.0.113.0/24"]
}
