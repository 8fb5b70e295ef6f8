import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { awsElbListenerUsesModernTlsPolicy } from "./aws-elb-listener-uses-modern-tls-policy.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(awsElbListenerUsesModernTlsPolicy, {
  fail: [
    {
      name: "TLS 1.0 policy",
      format: "aws",
      resources: () =>
        live("AWS::ElasticLoadBalancingV2::Listener", {
          ListenerArn: "arn:aws:elasticloadbalancing:us-east-1:111122223333:listener/app/web/1/2",
          LoadBalancerArn: "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/web/1",
          Port: 443,
          Protocol: "HTTPS",
          SslPolicy: "ELBSecurityPolicy-2016-08",
          DefaultActions: [{ Type: "forward", TargetGroupArn: "arn:tg" }],
          LoadBalancerType: "application",
        }),
    },
  ],
  pass: [
    {
      name: "TLS 1.3 policy",
      format: "aws",
      resources: () =>
        live("AWS::ElasticLoadBalancingV2::Listener", {
          ListenerArn: "arn:aws:elasticloadbalancing:us-east-1:111122223333:listener/app/web/1/2",
          LoadBalancerArn: "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/web/1",
          Port: 443,
          Protocol: "HTTPS",
          SslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06",
          DefaultActions: [{ Type: "forward", TargetGroupArn: "arn:tg" }],
          LoadBalancerType: "application",
        }),
    },
  ],
});
