import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { awsElbDeletionProtectionEnabled } from "./aws-elb-deletion-protection-enabled.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(awsElbDeletionProtectionEnabled, {
  fail: [
    {
      name: "unprotected",
      format: "aws",
      resources: () =>
        live("AWS::ElasticLoadBalancingV2::LoadBalancer", {
          LoadBalancerArn: "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/web/1",
          LoadBalancerName: "web",
          Type: "application",
          Scheme: "internet-facing",
          Attributes: {
            "deletion_protection.enabled": "false",
            "routing.http.drop_invalid_header_fields.enabled": "true",
            "access_logs.s3.enabled": "true",
          },
        }),
    },
  ],
  pass: [
    {
      name: "protected",
      format: "aws",
      resources: () =>
        live("AWS::ElasticLoadBalancingV2::LoadBalancer", {
          LoadBalancerArn: "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/web/1",
          LoadBalancerName: "web",
          Type: "application",
          Scheme: "internet-facing",
          Attributes: {
            "deletion_protection.enabled": "true",
            "routing.http.drop_invalid_header_fields.enabled": "true",
            "access_logs.s3.enabled": "true",
          },
        }),
    },
  ],
});
