resource "aws_db_subnet_group" "patients" {
  name       = "${local.prefix}-patients"
  subnet_ids = [aws_subnet.private_a.id, aws_subnet.private_b.id]
}

# The production records database: encrypted, private, backed up.
resource "aws_db_instance" "records" {
  identifier                  = "${local.prefix}-records"
  engine                      = "postgres"
  engine_version              = "16.3"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  username                    = "records_admin"
  manage_master_user_password = true
  storage_encrypted           = true
  kms_key_id                  = aws_kms_key.data.arn
  publicly_accessible         = false
  backup_retention_period     = 14
  deletion_protection                 = true
  iam_database_authentication_enabled = true
  enabled_cloudwatch_logs_exports     = ["postgresql", "upgrade"]
  db_subnet_group_name                = aws_db_subnet_group.patients.name
  tags                                = local.tags
}

# Scenario C: the legacy patients database was never encrypted; its migration snapshot was
# shared with the development account and outlived the migration.
resource "aws_db_instance" "patients_legacy" {
  identifier                  = "${local.prefix}-patients-legacy"
  engine                      = "postgres"
  engine_version              = "13.14"
  instance_class              = "db.t3.medium"
  allocated_storage           = 100
  username                    = "patients_admin"
  manage_master_user_password = true
  storage_encrypted           = false
  publicly_accessible         = false
  backup_retention_period     = 7
  db_subnet_group_name        = aws_db_subnet_group.patients.name
  tags                        = merge(local.tags, { data_classification = "phi" })
}

resource "aws_db_snapshot" "patients_migration" {
  db_instance_identifier = aws_db_instance.patients_legacy.identifier
  db_snapshot_identifier = "${local.prefix}-patients-migration"
  shared_accounts        = [var.dev_account_id]
  tags                   = merge(local.tags, { data_classification = "phi" })
}
