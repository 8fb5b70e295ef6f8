/**
 * AWS rules added for concerns of the KICS query catalogue that no other rule judged, measured by
 * `npm run eval:kics`.
 */
import type { Rule } from "../rule.ts";
import { awsApiGatewayPolicyNotPublic } from "./aws-api-gateway-policy-not-public.ts";
import { awsEc2UserDataHasNoAwsKeys } from "./aws-ec2-user-data-has-no-aws-keys.ts";

export const rules: Rule[] = [awsApiGatewayPolicyNotPublic, awsEc2UserDataHasNoAwsKeys];
