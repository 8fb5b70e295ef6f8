import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { awsElbAccessLogsEnabled } from "./aws-elb-access-logs-enabled.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(awsElbAccessLogsEnabled, {
  fail: [
    {
      name: "no access logs",
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
            "access_logs.s3.enabled": "false",
          },
        }),
    },
  ],
  pass: [
    {
      name: "access logs on",
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
