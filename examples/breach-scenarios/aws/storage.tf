# Scenario A: a staging bucket opened for an integration test and never locked down.
resource "aws_s3_bucket" "staging_documents" {
  bucket = "${local.prefix}-loan-documents"
  tags   = merge(local.tags, { data_classification = "pii" })
}

resource "aws_s3_bucket_ownership_controls" "staging_documents" {
  bucket = aws_s3_bucket.staging_documents.id
  rule {
    object_ownership = "BucketOwnerPreferred"
  }
}

resource "aws_s3_bucket_public_access_block" "staging_documents" {
  bucket                  = aws_s3_bucket.staging_documents.id
  block_public_acls       = false
  block_public_policy     = false
  ignore_public_acls      = false
  restrict_public_buckets = false
}

resource "aws_s3_bucket_acl" "staging_documents" {
  depends_on = [aws_s3_bucket_ownership_controls.staging_documents]
  bucket     = aws_s3_bucket.staging_documents.id
  acl        = "public-read"
}

# The production bucket, built by the team's module: private, encrypted with KMS, versioned, logged.
module "archive" {
  source      = "../modules/private-bucket"
  name        = "${local.prefix}-archive"
  log_bucket  = aws_s3_bucket.access_logs.id
  kms_key_arn = aws_kms_key.data.arn
  tags        = local.tags
}

# parapet:ignore storage-bucket-access-logging-enabled This is the access-log target; logging it into itself would loop
resource "aws_s3_bucket" "access_logs" {
  bucket = "${local.prefix}-access-logs"
  tags   = local.tags
}

resource "aws_s3_bucket_versioning" "access_logs" {
  bucket = aws_s3_bucket.access_logs.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_public_access_block" "access_logs" {
  bucket                  = aws_s3_bucket.access_logs.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_policy" "access_logs" {
  bucket = aws_s3_bucket.access_logs.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyInsecureTransport"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = [aws_s3_bucket.access_logs.arn, "${aws_s3_bucket.access_logs.arn}/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}

resource "aws_kms_key" "data" {
  description         = "Data at rest for ${local.prefix}"
  enable_key_rotation = true
  tags                = local.tags
}
