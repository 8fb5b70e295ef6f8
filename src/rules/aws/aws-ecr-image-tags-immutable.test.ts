import { ruleTester } from "../testing/tester.ts";
import { awsEcrImageTagsImmutable } from "./aws-ecr-image-tags-immutable.ts";

ruleTester(awsEcrImageTagsImmutable, {
  fail: [
    {
      name: "MUTABLE",
      format: "terraform",
      files: `resource "aws_ecr_repository" "app" {
  name = "app"
  image_tag_mutability = "MUTABLE"
}
`,
      line: 3,
      path: "tag_immutable",
    },
  ],
  pass: [
    {
      name: "IMMUTABLE",
      format: "terraform",
      files: `resource "aws_ecr_repository" "app" {
  name = "app"
  image_tag_mutability = "IMMUTABLE"
}
`,
    },
  ],
});
