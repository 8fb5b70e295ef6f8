import { settingRule } from "./setting-rule.ts";

export const awsLambdaTracingEnabled = settingRule({
  id: "aws-lambda-tracing-enabled",
  title: "Lambda functions send traces to X-Ray",
  severity: "low",
  category: "logging_monitoring",
  providers: ["aws"],
  resource_types: ["function"],
  rationale:
    "Active tracing records each invocation and its downstream calls, which is how unexpected callers, latency and failures are traced during an incident.",
  remediation: {
    text: 'Add `tracing_config { mode = "Active" }` and allow the role to write to X-Ray.',
    code: {
      terraform: `resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = aws_iam_role.api.arn
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "api.zip"
  tracing_config {
    mode = "Active"
  }
}`,
    },
  },
  auto_remediable: true,
  references: ["https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html"],
  path: "tracing.enabled",
  ok: (v) => v === true,
  message: (r) => `Lambda function ${r.name} does not use active tracing`,
});
