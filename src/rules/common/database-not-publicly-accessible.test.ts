import { ruleTester } from "../testing/tester.ts";
import { databaseNotPubliclyAccessible } from "./database-not-publicly-accessible.ts";

ruleTester(databaseNotPubliclyAccessible, {
  fail: [
    {
      name: "Neptune instance with a public endpoint",
      format: "terraform",
      files: `resource "aws_neptune_cluster_instance" "graph" {
  cluster_identifier  = "graph"
  instance_class      = "db.r6g.large"
  publicly_accessible = true
}
`,
      line: 4,
    },
    {
      name: "RDS instance publicly accessible",
      format: "terraform",
      files: `resource "aws_db_instance" "reporting" {
  identifier          = "reporting"
  engine              = "mysql"
  instance_class      = "db.t4g.medium"
  publicly_accessible = true
}
`,
      line: 5,
      path: "public_access",
    },
    {
      name: "Aurora cluster instance publicly accessible",
      format: "terraform",
      files: `resource "aws_rds_cluster" "orders" {
  cluster_identifier = "orders"
  engine             = "aurora-postgresql"
  storage_encrypted  = true
}

resource "aws_rds_cluster_instance" "orders_1" {
  identifier          = "orders-1"
  cluster_identifier  = aws_rds_cluster.orders.id
  instance_class      = "db.r6g.large"
  engine              = "aurora-postgresql"
  publicly_accessible = true
}
`,
      line: 12,
      path: "public_access",
    },
    {
      name: "Redshift cluster public by the provider default",
      format: "terraform",
      files: `resource "aws_redshift_cluster" "dw" {
  cluster_identifier = "dw"
  node_type          = "ra3.xlplus"
  encrypted          = true
}
`,
      path: "public_access",
    },
  ],
  pass: [
    {
      name: "Neptune instance left private by default",
      format: "terraform",
      files: `resource "aws_neptune_cluster_instance" "graph" {
  cluster_identifier = "graph"
  instance_class     = "db.r6g.large"
}
`,
    },
    {
      name: "private by default",
      format: "terraform",
      files: `resource "aws_db_instance" "app" {
  identifier     = "app"
  engine         = "postgres"
  instance_class = "db.t4g.medium"
}
`,
    },
    {
      name: "Redshift cluster explicitly private",
      format: "terraform",
      files: `resource "aws_redshift_cluster" "dw" {
  cluster_identifier  = "dw"
  node_type           = "ra3.xlplus"
  publicly_accessible = false
}
`,
    },
  ],
});
