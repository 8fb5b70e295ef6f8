import { settingRule, onlyWhen } from "./setting-rule.ts";

export const awsApiGatewayCacheEncrypted = settingRule({
  id: "aws-api-gateway-cache-encrypted",
  title: "API Gateway response caches are encrypted",
  severity: "medium",
  category: "encryption",
  providers: ["aws"],
  resource_types: ["api_stage"],
  rationale:
    "A stage cache stores API responses, which may contain personal or account data; unless encrypted it sits in the clear on the cache cluster.",
  remediation: {
    text: "Set `cache_data_encrypted = true` in the method settings of every cached stage.",
    code: {
      terraform: `resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = aws_api_gateway_rest_api.shop.id
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "*/*"
  settings {
    caching_enabled      = true
    cache_data_encrypted = true
  }
}`,
    },
  },
  auto_remediable: false,
  references: [
    "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html#apigateway-5",
  ],
  path: "cache.encrypted",
  ok: (v) => v === true,
  message: (r) => `API stage ${r.name} caches responses without encryption`,
  applies: onlyWhen("cache.enabled", (v) => v === true, "the stage does not cache responses"),
});
