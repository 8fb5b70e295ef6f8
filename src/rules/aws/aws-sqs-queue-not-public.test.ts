import { ruleTester } from "../testing/tester.ts";
import { awsSqsQueueNotPublic } from "./aws-sqs-queue-not-public.ts";

ruleTester(awsSqsQueueNotPublic, {
  fail: [
    {
      name: "queue policy open to all",
      format: "terraform",
      files: `resource "aws_sqs_queue" "orders" {
  name = "orders"
}

resource "aws_sqs_queue_policy" "orders" {
  queue_url = aws_sqs_queue.orders.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "sqs:*"
      Resource  = "*"
    }]
  })
}
`,
      line: 7,
      path: "public_access",
    },
    {
      name: "inline policy open to all",
      format: "terraform",
      files: `resource "aws_sqs_queue" "orders" {
  name = "orders"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "sqs:SendMessage"
      Resource  = "*"
    }]
  })
}
`,
      line: 3,
      path: "public_access",
    },
  ],
  pass: [
    {
      name: "source-restricted",
      format: "terraform",
      files: `resource "aws_sqs_queue" "orders" {
  name = "orders"
}

resource "aws_sqs_queue_policy" "orders" {
  queue_url = aws_sqs_queue.orders.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "s3.amazonaws.com" }
      Action    = "sqs:SendMessage"
      Resource  = "*"
      Condition = { ArnLike = { "aws:SourceArn" = "arn:aws:s3:::acme-uploads" } }
    }]
  })
}
`,
    },
  ],
});
