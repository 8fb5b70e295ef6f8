import { expectBool } from "./judge.ts";
import type { Rule } from "../rule.ts";

export const awsS3BucketCorsRestrictsWriteOrigins: Rule = {
  id: "aws-s3-bucket-cors-restricts-write-origins",
  title: "S3 CORS rules do not let every origin write",
  severity: "medium",
  category: "public_exposure",
  providers: ["aws"],
  resource_types: ["cloud_storage_bucket"],
  rationale:
    "A CORS rule allowing PUT, POST or DELETE from any origin lets any web page a user visits drive writes to the bucket with that user's credentials.",
  remediation: {
    text: "List the exact origins that may write, or drop the write methods from the wildcard rule.",
    code: {
      terraform: `resource "aws_s3_bucket_cors_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  cors_rule {
    allowed_methods = ["PUT", "POST"]
    allowed_origins = ["https://app.example.com"]
    allowed_headers = ["*"]
  }
}`,
    },
  },
  auto_remediable: true,
  references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/cors.html"],
  check(resource) {
    return expectBool(
      resource,
      "cors_allows_any_origin_write",
      false,
      `Bucket ${resource.name} has a CORS rule that lets any origin write`,
    );
  },
};
