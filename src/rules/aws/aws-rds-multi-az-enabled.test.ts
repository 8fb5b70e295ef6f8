import { ruleTester } from "../testing/tester.ts";
import { awsRdsMultiAzEnabled } from "./aws-rds-multi-az-enabled.ts";

ruleTester(awsRdsMultiAzEnabled, {
  fail: [
    {
      name: "single AZ",
      format: "terraform",
      files: `resource "aws_db_instance" "app" {
  identifier     = "app"
  engine         = "postgres"
  instance_class = "db.t4g.medium"
  multi_az       = false
}
`,
      line: 5,
      path: "multi_az",
    },
  ],
  pass: [
    {
      name: "Multi-AZ",
      format: "terraform",
      files: `resource "aws_db_instance" "app" {
  identifier     = "app"
  engine         = "postgres"
  instance_class = "db.t4g.medium"
  multi_az       = true
}
`,
    },
  ],
});
