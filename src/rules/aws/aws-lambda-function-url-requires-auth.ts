import { settingRule } from "./setting-rule.ts";

export const awsLambdaFunctionUrlRequiresAuth = settingRule({
  id: "aws-lambda-function-url-requires-auth",
  title: "Lambda function URLs require IAM authentication",
  severity: "high",
  category: "public_exposure",
  providers: ["aws"],
  resource_types: ["function"],
  rationale:
    "A function URL with authorization type NONE is a public HTTPS endpoint: anyone who finds it can call the function, and nothing in front of it limits rate or identity.",
  remediation: {
    text: 'Set `authorization_type = "AWS_IAM"` on the function URL, or front the function with API Gateway and an authorizer.',
    code: {
      terraform: `resource "aws_lambda_function_url" "api" {
  function_name      = aws_lambda_function.api.function_name
  authorization_type = "AWS_IAM"
}`,
    },
  },
  auto_remediable: false,
  references: ["https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html"],
  path: "public_url",
  ok: (v) => v === false,
  message: (r) => `Lambda function ${r.name} has a function URL without authentication`,
});
