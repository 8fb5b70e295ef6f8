import { ruleTester } from "../testing/tester.ts";
import { awsSnsTopicNotPublic } from "./aws-sns-topic-not-public.ts";

ruleTester(awsSnsTopicNotPublic, {
  fail: [
    {
      name: "topic policy open to all",
      format: "terraform",
      files: `resource "aws_sns_topic" "events" {
  name = "events"
}

resource "aws_sns_topic_policy" "events" {
  arn = aws_sns_topic.events.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "sns:Publish"
      Resource  = "*"
    }]
  })
}
`,
      line: 7,
      path: "public_access",
    },
  ],
  pass: [
    {
      name: "source-restricted",
      format: "terraform",
      files: `resource "aws_sns_topic" "events" {
  name = "events"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "s3.amazonaws.com" }
      Action    = "sns:Publish"
      Resource  = "*"
      Condition = { ArnLike = { "aws:SourceArn" = "arn:aws:s3:::acme-uploads" } }
    }]
  })
}
`,
    },
  ],
});
