import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { scanTargets } from "../../../engine/scan.ts";
import { buildGraph } from "../../../engine/graph.ts";

async function normalizeHcl(hcl: string) {
  const dir = mkdtempSync(join(tmpdir(), "parapet-ec2-"));
  try {
    writeFileSync(join(dir, "main.tf"), hcl);
    const out = await scanTargets({ targets: ["."], cwd: dir, rules: [] });
    assert.deepEqual(out.report.errors, []);
    return out.resources;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("EC2 instance normalization", () => {
  it("links an instance to its instance profile's role (scenario B)", async () => {
    const resources = await normalizeHcl(`
resource "aws_iam_role" "app" {
  name               = "app"
  assume_role_policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }] })
}

resource "aws_iam_role_policy_attachment" "admin" {
  role       = aws_iam_role.app.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

resource "aws_iam_instance_profile" "app" {
  name = "app-profile"
  role = aws_iam_role.app.name
}

resource "aws_instance" "app" {
  ami                  = "ami-0abcdef1234567890"
  instance_type        = "t3.large"
  iam_instance_profile = aws_iam_instance_profile.app.name
}
`);
    const instance = resources.find((r) => r.native_type === "aws_instance");
    assert.ok(instance);
    assert.equal((instance.config["metadata_service"] as { v2_required: unknown }).v2_required, false);
    const graph = buildGraph(resources);
    const roles = graph.outgoing(instance.uid, "has_role").map((r) => r.native_type);
    assert.ok(roles.includes("aws_iam_role"), `has_role edges: ${roles.join(", ")}`);
  });

  it("takes the public IP from the subnet when the instance does not say", async () => {
    const resources = await normalizeHcl(`
resource "aws_subnet" "private" {
  vpc_id     = "vpc-0123456789abcdef0"
  cidr_block = "10.0.2.0/24"
}

resource "aws_instance" "a" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  subnet_id     = aws_subnet.private.id
}

resource "aws_instance" "b" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  subnet_id     = var.subnet
}

variable "subnet" {
  type = string
}
`);
    const byName = new Map(resources.map((r) => [r.source.address, r]));
    assert.equal(byName.get("aws_instance.a")?.config["public_ip"], false);
    assert.equal(
      typeof byName.get("aws_instance.b")?.config["public_ip"],
      "object",
      "unknown when the subnet is not known",
    );
  });
});
