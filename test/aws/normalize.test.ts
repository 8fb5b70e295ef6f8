/** Live normalizers without an emulator: failed calls become unknowns, never passes. */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { isUnknown } from "../../src/model/value.ts";
import { finishScan } from "../../src/engine/scan.ts";
import { builtinRules } from "../../src/rules/index.ts";
import { live } from "../../src/normalize/aws/testing.ts";
import { mapBounded, Limiter } from "../../src/sources/aws/limiter.ts";

const BUCKET = "AWS::S3::Bucket";
const publicRead = [
  { Grantee: { Type: "Group", URI: "http://acs.amazonaws.com/groups/global/AllUsers" }, Permission: "READ" },
];

describe("live normalization", () => {
  it("a failed call puts Unknown at the paths it feeds and records the gap", () => {
    const [bucket] = live(
      BUCKET,
      { Name: "b", Grants: [], Versioning: { Status: "Enabled", MFADelete: null } },
      {
        gaps: [
          {
            action: "s3:GetBucketPolicy",
            message: "AccessDenied",
            paths: ["policy", "public_policy", "public_access"],
          },
        ],
      },
    );
    assert.ok(isUnknown(bucket!.config["public_access"]));
    assert.ok(isUnknown(bucket!.config["policy"]));
    assert.equal(bucket!.gaps?.["public_access"], "s3:GetBucketPolicy failed: AccessDenied");
    assert.deepEqual(
      bucket!.config["versioning"],
      { enabled: true, mfa_delete: false },
      "other settings stay known",
    );
  });

  it("the rule fed by a failed call reports unknown, counts in unknown_checks and not in the posture score", () => {
    const denied = live(
      BUCKET,
      { Name: "b", Grants: [] },
      {
        gaps: [
          {
            action: "s3:GetBucketPolicy",
            message: "AccessDenied",
            paths: ["policy", "public_policy", "public_access"],
          },
        ],
      },
    );
    const rule = builtinRules().find((r) => r.id === "storage-bucket-blocks-public-access")!;
    const out = finishScan({
      started: new Date(),
      targets: ["t"],
      resources: denied,
      rules: [rule],
      errors: [],
      nothingScanned: false,
    });
    assert.deepEqual(
      out.results.map((r) => [r.status, r.unknown]),
      [["skip", true]],
    );
    assert.equal(out.report.summary.unknown_checks, 1);
    assert.equal(out.report.summary.posture_score, null, "an unknown is not a pass");
  });

  it("S3: only IgnorePublicAcls / RestrictPublicBuckets neutralize what exists", () => {
    const block = (flags: Record<string, boolean>) =>
      live(BUCKET, { Name: "b", Grants: publicRead, PublicAccessBlock: flags })[0]!.config["public_access"];
    assert.equal(block({ BlockPublicAcls: true }), true);
    assert.equal(block({ IgnorePublicAcls: true }), false);
  });

  it("IAM documents come URL-encoded and are parsed", () => {
    const doc = {
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }],
    };
    const [role] = live("AWS::IAM::Role", {
      RoleName: "r",
      AssumeRolePolicyDocument: encodeURIComponent(JSON.stringify(doc)),
    });
    assert.deepEqual(role!.config["trust_policy"], doc);
  });

  it("a KMS key another resource names is resolved as customer- or AWS-managed, else unknown", () => {
    const keyArn = "arn:aws:kms:us-east-1:111122223333:key/k1";
    const meta = (manager: string) => ({
      KeyId: "k1",
      KeyMetadata: { KeyId: "k1", Arn: keyArn, KeyManager: manager, KeyState: "Enabled" },
    });
    const volume = { VolumeId: "vol-1", Encrypted: true, KmsKeyId: keyArn, Attachments: [] };
    const cmk = (manager?: string) =>
      live("AWS::EC2::Volume", volume, manager ? { with: [["AWS::KMS::Key", meta(manager)]] } : {}).find(
        (r) => r.type === "disk",
      )!.config["encryption"] as Record<string, unknown>;
    assert.equal(cmk("CUSTOMER")["customer_managed_key"], true);
    assert.equal(cmk("AWS")["customer_managed_key"], false);
    assert.ok(isUnknown(cmk()["customer_managed_key"]));
  });

  it("AWS-managed KMS keys give no kms_key resource", () => {
    const out = live("AWS::KMS::Key", {
      KeyId: "k1",
      KeyMetadata: { KeyId: "k1", KeyManager: "AWS", KeyState: "Enabled" },
    });
    assert.deepEqual(out, []);
  });

  it("security group rules keep port ranges and spell protocols", () => {
    const [sg] = live("AWS::EC2::SecurityGroup", {
      GroupId: "sg-1",
      GroupName: "app",
      IpPermissions: [
        { IpProtocol: "-1", IpRanges: [{ CidrIp: "10.0.0.0/8" }] },
        { IpProtocol: "6", FromPort: 0, ToPort: 65535, Ipv6Ranges: [{ CidrIpv6: "::/0" }] },
      ],
      IpPermissionsEgress: [],
    });
    const rules = sg!.config["rules"] as { protocol: string; ports: unknown; sources: unknown }[];
    assert.deepEqual(
      rules.map((r) => [r.protocol, r.ports, r.sources]),
      [
        ["all", [], ["10.0.0.0/8"]],
        ["tcp", [{ from: 0, to: 65535 }], ["::/0"]],
      ],
    );
  });
});

describe("bounded concurrency", () => {
  it("never runs more than the limit at once", async () => {
    const limiter = new Limiter(3);
    let running = 0;
    let peak = 0;
    await mapBounded(
      Array.from({ length: 20 }, (_, i) => i),
      20,
      () =>
        limiter.run(async () => {
          peak = Math.max(peak, ++running);
          await new Promise((r) => setTimeout(r, 2));
          running--;
        }),
    );
    assert.equal(peak, 3);
  });
});
