import { settingRule } from "./setting-rule.ts";

export const awsEc2Imdsv2Required = settingRule({
  id: "aws-ec2-imdsv2-required",
  title: "EC2 instances and launch templates require IMDSv2 session tokens",
  severity: "high",
  category: "identity_access",
  providers: ["aws"],
  resource_types: ["compute_instance"],
  rationale:
    "IMDSv1 answers any GET request from the instance, so a server-side request forgery in a web application hands the attacker the instance role's temporary credentials (the Capital One breach pattern). IMDSv2 requires a session token obtained with a PUT and a hop limit, which SSRF and most proxies cannot produce.",
  remediation: {
    text: 'Set `http_tokens = "required"` in `metadata_options`, or turn the metadata endpoint off if the workload does not use it.',
    code: {
      terraform: `resource "aws_instance" "web" {
  ami           = data.aws_ami.al2023.id
  instance_type = "t3.micro"
  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }
}`,
      cli: "aws ec2 modify-instance-metadata-options --instance-id <id> --http-tokens required --http-endpoint enabled",
    },
  },
  auto_remediable: true,
  references: [
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-8",
  ],
  path: "metadata_service.v2_required",
  ok: (v, r) =>
    v === true ||
    r.config["metadata_service"] === undefined ||
    (r.config["metadata_service"] as { enabled?: unknown }).enabled === false,
  message: (r) =>
    `Instance ${r.name} accepts IMDSv1 requests (metadata_options.http_tokens is not "required")`,
});
