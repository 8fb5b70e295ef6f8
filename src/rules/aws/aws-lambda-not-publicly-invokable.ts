import { settingRule } from "./setting-rule.ts";

export const awsLambdaNotPubliclyInvokable = settingRule({
  id: "aws-lambda-not-publicly-invokable",
  title: "Lambda functions cannot be invoked by any AWS account",
  severity: "high",
  category: "public_exposure",
  providers: ["aws"],
  resource_types: ["function"],
  rationale:
    "A resource-based permission for principal `*` without a source ARN, source account or organization condition lets any AWS account invoke the function, running your code and billing you at will.",
  remediation: {
    text: "Name the invoking service principal or account, and pin the source with `source_arn` or `source_account`.",
    code: {
      terraform: `resource "aws_lambda_permission" "s3" {
  statement_id   = "AllowS3Invoke"
  action         = "lambda:InvokeFunction"
  function_name  = aws_lambda_function.api.function_name
  principal      = "s3.amazonaws.com"
  source_arn     = aws_s3_bucket.uploads.arn
  source_account = "111122223333"
}`,
    },
  },
  auto_remediable: false,
  references: [
    "https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/lambda-controls.html#lambda-1",
  ],
  path: "public_access",
  ok: (v) => v === false,
  message: (r) => `Lambda function ${r.name} can be invoked by any AWS principal`,
});
