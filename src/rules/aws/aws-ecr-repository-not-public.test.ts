import { ruleTester } from "../testing/tester.ts";
import { awsEcrRepositoryNotPublic } from "./aws-ecr-repository-not-public.ts";

ruleTester(awsEcrRepositoryNotPublic, {
  fail: [
    {
      name: "policy with Principal *",
      format: "terraform",
      files: `resource "aws_ecr_repository" "app" {
  name = "app"
}

resource "aws_ecr_repository_policy" "app" {
  repository = aws_ecr_repository.app.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
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
      name: "organization condition",
      format: "terraform",
      files: `resource "aws_ecr_repository" "app" {
  name = "app"
}

resource "aws_ecr_repository_policy" "app" {
  repository = aws_ecr_repository.app.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = ["ecr:BatchGetImage"]
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-abc123" } }
    }]
  })
}
`,
    },
    {
      name: "no policy",
      format: "terraform",
      files: `resource "aws_ecr_repository" "app" {
  name = "app"
}
`,
    },
  ],
});
