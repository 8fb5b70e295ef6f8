import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { awsElbListenerUsesHttps } from "./aws-elb-listener-uses-https.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(awsElbListenerUsesHttps, {
  fail: [
    {
      name: "plain HTTP forwarding",
      format: "aws",
      resources: () =>
        live("AWS::ElasticLoadBalancingV2::Listener", {
          ListenerArn: "arn:aws:elasticloadbalancing:us-east-1:111122223333:listener/app/web/1/2",
          LoadBalancerArn: "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/web/1",
          Port: 80,
          Protocol: "HTTP",
          SslPolicy: null,
          DefaultActions: [{ Type: "forward", TargetGroupArn: "arn:tg" }],
          LoadBalancerType: "application",
        }),
    },
  ],
  pass: [
    {
      name: "HTTPS",
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
    {
      name: "HTTP that redirects to HTTPS",
      format: "aws",
      resources: () =>
        live("AWS::ElasticLoadBalancingV2::Listener", {
          ListenerArn: "arn:aws:elasticloadbalancing:us-east-1:111122223333:listener/app/web/1/2",
          LoadBalancerArn: "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/web/1",
          Port: 80,
          Protocol: "HTTP",
          SslPolicy: null,
          DefaultActions: [
            { Type: "redirect", RedirectConfig: { Protocol: "HTTPS", Port: "443", StatusCode: "HTTP_301" } },
          ],
          LoadBalancerType: "application",
        }),
    },
  ],
});
