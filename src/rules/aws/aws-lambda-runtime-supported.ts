import { DEPRECATED_LAMBDA_RUNTIMES } from "./lambda-runtimes.ts";
import { settingRule } from "./setting-rule.ts";

export const awsLambdaRuntimeSupported = settingRule({
  id: "aws-lambda-runtime-supported",
  title: "Lambda functions use a runtime that still receives security updates",
  severity: "medium",
  category: "data_protection",
  providers: ["aws"],
  resource_types: ["function"],
  rationale:
    "Deprecated runtimes no longer receive security patches for the language runtime or OS, and AWS eventually blocks updates to functions that use them.",
  remediation: {
    text: "Move the function to a supported runtime version.",
    code: {
      terraform: `resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = aws_iam_role.api.arn
  handler       = "index.handler"
  runtime       = "nodejs22.x"
  filename      = "api.zip"
}`,
    },
  },
  auto_remediable: false,
  references: [
    "https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html#runtimes-deprecated",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/lambda-controls.html#lambda-2",
  ],
  path: "runtime",
  ok: (v) => v === null || (typeof v === "string" && !DEPRECATED_LAMBDA_RUNTIMES.has(v)),
  message: (r, v) => `Lambda function ${r.name} uses the deprecated runtime ${String(v)}`,
});
