/**
 * The guide's three breach scenarios, built in moto through the SDK and found by a live scan
 * through the real pipeline (collect → normalize → finishScan) with the built-in rules.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { CreateBucketCommand, PutBucketAclCommand, S3Client } from "@aws-sdk/client-s3";
import { EC2Client, RunInstancesCommand } from "@aws-sdk/client-ec2";
import {
  AddRoleToInstanceProfileCommand,
  AttachRolePolicyCommand,
  CreateInstanceProfileCommand,
  CreateRoleCommand,
  IAMClient,
} from "@aws-sdk/client-iam";
import {
  CreateDBInstanceCommand,
  CreateDBSnapshotCommand,
  ModifyDBSnapshotAttributeCommand,
  RDSClient,
} from "@aws-sdk/client-rds";
import { builtinRules } from "../../src/rules/index.ts";
import { scanAws, type LiveScanOutcome } from "../../src/sources/aws/live-scan.ts";
import { MOTO_MISSING, TEST_CREDENTIALS, sdkConfig, startMoto, type Moto } from "./moto.ts";

describe("live AWS breach scenarios (moto)", { skip: MOTO_MISSING }, () => {
  let moto: Moto;
  let out: LiveScanOutcome;
  before(async () => {
    moto = await startMoto();
    const cfg = sdkConfig(moto);
    // Scenario A: a staging bucket made public-read, no public access block.
    const s3 = new S3Client(cfg);
    await s3.send(new CreateBucketCommand({ Bucket: "meridian-staging-loans" }));
    await s3.send(new PutBucketAclCommand({ Bucket: "meridian-staging-loans", ACL: "public-read" }));
    // Scenario B: an instance whose profile's role has AdministratorAccess, IMDSv1 allowed.
    const iam = new IAMClient(cfg);
    await iam.send(
      new CreateRoleCommand({
        RoleName: "node-pool",
        AssumeRolePolicyDocument: JSON.stringify({
          Version: "2012-10-17",
          Statement: [
            { Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" },
          ],
        }),
      }),
    );
    await iam.send(
      new AttachRolePolicyCommand({
        RoleName: "node-pool",
        PolicyArn: "arn:aws:iam::aws:policy/AdministratorAccess",
      }),
    );
    await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: "node-pool" }));
    await iam.send(
      new AddRoleToInstanceProfileCommand({ InstanceProfileName: "node-pool", RoleName: "node-pool" }),
    );
    await new EC2Client(cfg).send(
      new RunInstancesCommand({
        ImageId: "ami-12c6146b",
        MinCount: 1,
        MaxCount: 1,
        IamInstanceProfile: { Name: "node-pool" },
        MetadataOptions: { HttpTokens: "optional", HttpEndpoint: "enabled" },
      }),
    );
    // Scenario C: an unencrypted database snapshot shared with another account.
    const rds = new RDSClient(cfg);
    await rds.send(
      new CreateDBInstanceCommand({
        DBInstanceIdentifier: "patients",
        Engine: "postgres",
        DBInstanceClass: "db.t3.micro",
        AllocatedStorage: 20,
        MasterUsername: "admin",
        MasterUserPassword: "not-a-real-password-1",
        StorageEncrypted: false,
      }),
    );
    await rds.send(
      new CreateDBSnapshotCommand({ DBInstanceIdentifier: "patients", DBSnapshotIdentifier: "migration" }),
    );
    await rds.send(
      new ModifyDBSnapshotAttributeCommand({
        DBSnapshotIdentifier: "migration",
        AttributeName: "restore",
        ValuesToAdd: ["210987654321"],
      }),
    );
    out = await scanAws({
      rules: builtinRules(),
      endpointUrl: moto.endpoint,
      credentials: TEST_CREDENTIALS,
      regions: ["us-east-1"],
    });
  });
  after(async () => moto?.stop());

  const finding = (rule: string, uid: RegExp) =>
    out.report.findings.find((f) => f.rule_id === rule && uid.test(f.resource.uid));

  it("scans without errors, with ARNs, account and region on every resource", () => {
    assert.deepEqual(out.report.errors, []);
    assert.ok(out.resources.length > 5);
    for (const r of out.resources) {
      assert.match(r.uid, /^arn:aws:/);
      assert.equal(r.project, "123456789012");
      assert.equal(r.source.kind, "aws");
      assert.equal(r.source.account, "123456789012");
      assert.ok(r.region);
    }
  });

  it("A: finds the public staging bucket, critical", () => {
    const f = finding("storage-bucket-blocks-public-access", /:::meridian-staging-loans$/);
    assert.ok(f, "public bucket finding");
    assert.equal(f.severity, "critical");
  });

  it("B: sees IMDSv1 on the instance and links it to its administrator role", () => {
    const instance = out.resources.find((r) => r.type === "compute_instance");
    assert.ok(instance);
    assert.deepEqual(instance.config["metadata_service"], { enabled: true, v2_required: false });
    const roleArn = "arn:aws:iam::123456789012:role/node-pool";
    assert.ok(
      instance.links?.some((l) => l.kind === "has_role" && l.target === roleArn),
      "instance → role",
    );
    const role = out.resources.find((r) => r.uid === roleArn);
    assert.ok(role);
    const docs = JSON.stringify(role.config["policies"]);
    assert.match(docs, /"Action":"\*"/, "AdministratorAccess document");
    assert.match(docs, /"Resource":"\*"/);
  });

  it("C: finds the unencrypted snapshot shared with another account, high", () => {
    const uid = /:snapshot:migration$/;
    const enc = finding("database-snapshot-encrypted", uid);
    const shared = finding("snapshot-not-shared-with-external-accounts", uid);
    assert.ok(enc && shared, "both snapshot findings");
    assert.equal(enc.severity, "high");
    assert.equal(shared.severity, "high");
    assert.equal(finding("database-snapshot-not-public", uid), undefined, "shared, but not public");
  });

  it("counts API calls through SDK middleware", () => {
    assert.ok((out.collection.calls["s3:ListBucketsCommand"] ?? 0) >= 1);
    assert.ok((out.collection.calls["ec2:DescribeInstancesCommand"] ?? 0) >= 1);
  });
});
