/** Drift: attribute-by-attribute differences, classified by security relevance; Terraform state input. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { diffStates, type DriftResource } from "../../src/drift/diff.ts";
import { RelevanceTable } from "../../src/drift/classify.ts";
import { loadTfstate, StateFileError } from "../../src/drift/tfstate.ts";

function state(sgPort: number, desired: number, extra: object[] = []): string {
  return JSON.stringify(
    {
      version: 4,
      terraform_version: "1.9.0",
      serial: 3,
      lineage: "test",
      outputs: {},
      resources: [
        {
          mode: "managed",
          type: "aws_security_group",
          name: "web",
          provider: 'provider["registry.terraform.io/hashicorp/aws"]',
          instances: [
            {
              schema_version: 1,
              attributes: {
                id: "sg-0123",
                arn: "arn:aws:ec2:eu-west-1:111122223333:security-group/sg-0123",
                name: "web",
                description: "web",
                vpc_id: "vpc-1",
                ingress: [
                  {
                    cidr_blocks: ["0.0.0.0/0"],
                    description: "",
                    from_port: sgPort,
                    to_port: sgPort,
                    protocol: "tcp",
                    ipv6_cidr_blocks: [],
                    prefix_list_ids: [],
                    security_groups: [],
                    self: false,
                  },
                ],
                egress: [],
                tags: { env: "prod" },
              },
            },
          ],
        },
        {
          mode: "managed",
          type: "aws_autoscaling_group",
          name: "web",
          instances: [
            { attributes: { id: "web-asg", name: "web-asg", desired_capacity: desired, max_size: 10 } },
          ],
        },
        { mode: "data", type: "aws_caller_identity", name: "me", instances: [{ attributes: { id: "1" } }] },
        ...extra,
      ],
    },
    null,
    2,
  );
}

const bucketState = {
  mode: "managed",
  type: "aws_s3_bucket",
  name: "logs",
  module: "module.storage",
  instances: [
    { index_key: 0, attributes: { id: "logs", bucket: "logs", arn: "arn:aws:s3:::logs", tags: {} } },
  ],
};

const table = new RelevanceTable();

test("a Terraform state is normalized like the HCL it came from and diffed per attribute", () => {
  const before = loadTfstate("before.tfstate", state(22, 2, [bucketState]));
  const after = loadTfstate("after.tfstate", state(3389, 5));
  assert.deepEqual(before.errors, []);
  const sg = before.resources.find((r) => r.native_type === "aws_security_group")!;
  assert.equal(sg.type, "firewall_rule");
  assert.equal(sg.source.address, "aws_security_group.web");
  assert.equal(sg.region, "eu-west-1");
  assert.ok(before.resources.some((r) => r.source.address === "module.storage.aws_s3_bucket.logs[0]"));
  assert.ok(
    !before.resources.some((r) => r.native_type === "aws_caller_identity"),
    "data sources are not state",
  );

  const side = (r: (typeof before.resources)[number]): DriftResource => {
    const plain = JSON.parse(JSON.stringify(r)) as DriftResource & { source: { address?: string } };
    return { ...plain, address: plain.source.address ?? null };
  };
  // Different files, same addresses: resources pair up by Terraform address.
  const drift = diffStates(before.resources.map(side), after.resources.map(side), table);
  const byType = new Map(drift.map((d) => [d.native_type, d]));

  const sgDrift = byType.get("aws_security_group")!;
  assert.equal(sgDrift.kind, "changed");
  assert.equal(sgDrift.relevance, "critical");
  const ruleChanges = sgDrift.changes.filter((c) => c.path === "rules");
  assert.equal(ruleChanges.length, 2, "one rule went, one came");
  assert.ok(ruleChanges.every((c) => c.relevance === "critical"));
  assert.deepEqual(
    ruleChanges.map((c) =>
      JSON.stringify(c.before ?? c.after).includes(c.before ? '"from":22' : '"from":3389'),
    ),
    [true, true],
  );

  const asg = byType.get("aws_autoscaling_group")!;
  assert.deepEqual(
    asg.changes.map((c) => [c.path, c.before, c.after, c.relevance]),
    [["desired_capacity", 2, 5, "ignore"]],
  );
  assert.equal(asg.relevance, "ignore");

  const removed = byType.get("aws_s3_bucket")!;
  assert.equal(removed.kind, "removed");
});

const res = (config: object, tags: Record<string, string> = {}, uid = "u1"): DriftResource => ({
  uid,
  address: null,
  type: "cloud_storage_bucket",
  native_type: "aws_s3_bucket",
  name: "b",
  provider: "aws",
  project: "111122223333",
  region: "eu-west-1",
  config,
  tags,
  raw: {},
});

test("bucket policy changes are critical, tags low, unknown values are not compared", () => {
  const drift = diffStates(
    [res({ policy: { Statement: [] }, versioning: true, size: { $unknown: "computed" } }, { env: "dev" })],
    [res({ policy: { Statement: [{ Effect: "Allow" }] }, versioning: true, size: 12 }, { env: "prod" })],
    table,
  );
  assert.equal(drift.length, 1);
  assert.deepEqual(
    drift[0]!.changes.map((c) => [c.path, c.relevance]),
    [
      ["policy.Statement", "critical"],
      ["tags.env", "low"],
    ],
  );
  assert.equal(drift[0]!.relevance, "critical");
});

test("user relevance rules come before the built-in table", () => {
  const custom = new RelevanceTable([
    { type: "cloud_storage_bucket", attribute: "tags.env", level: "critical" },
  ]);
  assert.equal(custom.classify("cloud_storage_bucket", "aws_s3_bucket", "tags.env"), "critical");
  assert.equal(custom.classify("cloud_storage_bucket", "aws_s3_bucket", "tags.team"), "low");
  assert.equal(table.classify("unmodeled", "aws_eks_node_group", "scaling_config.desired_size"), "ignore");
  assert.equal(table.classify("database_instance", "aws_db_instance", "storage_encrypted"), "high");
  assert.equal(table.classify("compute_instance", "aws_instance", "instance_type"), "medium");
});

test("identical states and reordered lists are no drift; new resources are added", () => {
  const a = res({ rules: [{ port: 22 }, { port: 443 }] });
  const b = res({ rules: [{ port: 443 }, { port: 22 }] });
  assert.deepEqual(diffStates([a], [b], table), []);
  const added = diffStates([a], [b, res({ public_access: true }, {}, "u2")], table);
  assert.deepEqual(
    added.map((d) => [d.kind, d.uid, d.relevance]),
    [["added", "u2", "critical"]],
  );
});

test("a broken state file is a clear error naming the file and line", () => {
  assert.throws(
    () => loadTfstate("bad.tfstate", '{\n  "version": 4,\n  "resources": [\n'),
    (e: Error) => {
      assert.ok(e instanceof StateFileError);
      assert.match(e.message, /^bad\.tfstate:\d+: not a JSON Terraform state/);
      return true;
    },
  );
  assert.throws(
    () => loadTfstate("old.tfstate", '{"version": 3, "resources": []}'),
    /old\.tfstate:1: .*version 3/,
  );
  const partial = loadTfstate("p.tfstate", '{"version": 4, "resources": [{"mode": "managed"}]}');
  assert.equal(partial.resources.length, 0);
  assert.match(partial.errors[0]!.message, /resources\[0\]: missing type/);
});
