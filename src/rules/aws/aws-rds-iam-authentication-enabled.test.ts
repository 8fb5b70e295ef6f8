import { ruleTester } from "../testing/tester.ts";
import { awsRdsIamAuthenticationEnabled } from "./aws-rds-iam-authentication-enabled.ts";

ruleTester(awsRdsIamAuthenticationEnabled, {
  fail: [
    {
      name: "Neptune cluster without IAM authentication",
      format: "terraform",
      files: `resource "aws_neptune_cluster" "graph" {
  cluster_identifier                  = "graph"
  iam_database_authentication_enabled = false
}
`,
      line: 3,
    },
    {
      name: "PostgreSQL without IAM auth",
      format: "terraform",
      files: `resource "aws_db_instance" "app" {
  identifier                          = "app"
  engine                              = "postgres"
  instance_class                      = "db.t4g.medium"
  iam_database_authentication_enabled = false
}
`,
      line: 5,
      path: "iam_auth",
    },
  ],
  pass: [
    {
      name: "Neptune cluster with IAM authentication",
      format: "terraform",
      files: `resource "aws_neptune_cluster" "graph" {
  cluster_identifier                  = "graph"
  iam_database_authentication_enabled = true
}
`,
    },
    {
      name: "Aurora MySQL with IAM auth",
      format: "terraform",
      files: `resource "aws_rds_cluster" "orders" {
  cluster_identifier                  = "orders"
  engine                              = "aurora-mysql"
  iam_database_authentication_enabled = true
}
`,
    },
  ],
});
