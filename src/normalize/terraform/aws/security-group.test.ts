import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { scanTargets } from "../../../engine/scan.ts";

async function normalizeHcl(hcl: string) {
  const dir = mkdtempSync(join(tmpdir(), "parapet-sg-"));
  try {
    writeFileSync(join(dir, "main.tf"), hcl);
    const out = await scanTargets({ targets: ["."], cwd: dir, rules: [] });
    assert.deepEqual(out.report.errors, []);
    return out.resources;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("security group normalization", () => {
  it("joins inline, legacy and new-style rules into one rule list with ranges kept", async () => {
    const resources = await normalizeHcl(`
resource "aws_security_group" "web" {
  name = "web"
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group_rule" "all" {
  type              = "egress"
  from_port         = 0
  to_port           = 0
  protocol          = "-1"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.web.id
}

resource "aws_vpc_security_group_ingress_rule" "high" {
  security_group_id = aws_security_group.web.id
  ip_protocol       = "6"
  from_port         = 1024
  to_port           = 65535
  cidr_ipv6         = "::/0"
}
`);
    const groups = resources.filter((r) => r.type === "firewall_rule");
    assert.equal(groups.length, 1, "companion rules produce no resource of their own");
    assert.deepEqual(groups[0]!.config["rules"], [
      {
        direction: "ingress",
        action: "allow",
        protocol: "tcp",
        ports: [{ from: 443, to: 443 }],
        sources: ["0.0.0.0/0"],
        priority: null,
        description: null,
      },
      {
        direction: "egress",
        action: "allow",
        protocol: "all",
        ports: [],
        sources: ["0.0.0.0/0"],
        priority: null,
        description: null,
      },
      {
        direction: "ingress",
        action: "allow",
        protocol: "tcp",
        ports: [{ from: 1024, to: 65535 }],
        sources: ["::/0"],
        priority: null,
        description: null,
      },
    ]);
  });

  it("keeps a world source known when another source is a variable without value", async () => {
    const resources = await normalizeHcl(`
variable "office" {
  type = string
}

resource "aws_security_group" "ssh" {
  name = "ssh"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [var.office, "0.0.0.0/0"]
  }
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [var.office]
  }
}
`);
    const rules = resources.find((r) => r.type === "firewall_rule")!.config["rules"] as Array<{
      sources: unknown;
    }>;
    assert.deepEqual(rules[0]!.sources, ["0.0.0.0/0"]);
    assert.equal(typeof rules[1]!.sources, "object");
    assert.ok(!Array.isArray(rules[1]!.sources), "unknown, not a list");
  });
});
