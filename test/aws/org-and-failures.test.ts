/**
 * Scope and honesty of live scans in moto: an organization's member account reached through
 * an assumed role, and a service whose calls fail, whose checks must be unknown, not passed.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { CreateVolumeCommand, EC2Client } from "@aws-sdk/client-ec2";
import {
  CreateAccountCommand,
  CreateOrganizationCommand,
  OrganizationsClient,
} from "@aws-sdk/client-organizations";
import { AssumeRoleCommand, STSClient } from "@aws-sdk/client-sts";
import { CreateBucketCommand, S3Client } from "@aws-sdk/client-s3";
import { builtinRules } from "../../src/rules/index.ts";
import { scanAws } from "../../src/sources/aws/live-scan.ts";
import {
  DEFAULT_ACCOUNT,
  MOTO_MISSING,
  TEST_CREDENTIALS,
  freePort,
  sdkConfig,
  startMoto,
  type Moto,
} from "./moto.ts";

describe("live AWS scope and failures (moto)", { skip: MOTO_MISSING }, () => {
  let moto: Moto;
  before(async () => {
    moto = await startMoto();
  });
  after(async () => moto?.stop());

  it("--org scans a member account through the named role", async () => {
    await moto.reset();
    const org = new OrganizationsClient(sdkConfig(moto));
    await org.send(new CreateOrganizationCommand({ FeatureSet: "ALL" }));
    const created = await org.send(
      new CreateAccountCommand({ AccountName: "dev", Email: "dev@example.com" }),
    );
    const member = created.CreateAccountStatus?.AccountId;
    assert.ok(member);
    // moto files resources under the account whose role the credentials were assumed into.
    const assumed = await new STSClient(sdkConfig(moto)).send(
      new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${member}:role/AuditRole`, RoleSessionName: "fixture" }),
    );
    const c = assumed.Credentials!;
    const memberCreds = async () => ({
      accessKeyId: c.AccessKeyId!,
      secretAccessKey: c.SecretAccessKey!,
      sessionToken: c.SessionToken!,
    });
    await new EC2Client(sdkConfig(moto, "us-east-1", memberCreds)).send(
      new CreateVolumeCommand({ AvailabilityZone: "us-east-1a", Size: 8, Encrypted: false }),
    );
    const out = await scanAws({
      rules: builtinRules(),
      endpointUrl: moto.endpoint,
      credentials: TEST_CREDENTIALS,
      regions: ["us-east-1"],
      org: true,
      orgRole: "AuditRole",
      services: ["ec2"],
    });
    assert.deepEqual(out.report.errors, []);
    assert.deepEqual([...out.collection.accounts].sort(), [DEFAULT_ACCOUNT, member].sort());
    const disks = out.resources.filter((r) => r.type === "disk");
    assert.deepEqual(
      disks.map((d) => d.project),
      [member],
      "the volume belongs to the member account",
    );
    const f = out.report.findings.find((x) => x.rule_id === "disk-encrypted");
    assert.equal(f?.resource.project, member);
  });

  it("a failing service yields errors and unknown checks, never passes", async () => {
    await moto.reset();
    await new S3Client(sdkConfig(moto)).send(new CreateBucketCommand({ Bucket: "logs" }));
    const closed = `http://127.0.0.1:${await freePort()}`;
    const ok = await scanAws({
      rules: builtinRules(),
      endpointUrl: moto.endpoint,
      credentials: TEST_CREDENTIALS,
      regions: ["us-east-1"],
      services: ["s3", "ec2"],
    });
    // EC2 is pointed at a closed port: its calls fail, S3's still run.
    const broken = await scanAws({
      rules: builtinRules(),
      endpointUrl: moto.endpoint,
      serviceEndpoints: { ec2: closed },
      credentials: TEST_CREDENTIALS,
      regions: ["us-east-1"],
      services: ["s3", "ec2"],
    });
    const ec2Errors = broken.report.errors.filter((e) => e.call?.startsWith("ec2:"));
    assert.ok(ec2Errors.length > 0, "ec2 failures recorded");
    for (const e of ec2Errors) {
      assert.equal(e.source, "aws");
      assert.equal(e.account, DEFAULT_ACCOUNT);
      assert.equal(e.region, "us-east-1");
    }
    assert.ok(
      broken.resources.some((r) => r.type === "cloud_storage_bucket"),
      "s3 still scanned",
    );
    const defaults = broken.resources.find((r) => r.native_type === "AWS::EC2::EBSEncryptionByDefault");
    assert.ok(defaults?.gaps?.["ebs_default_encryption"], "the failed call left a gap");
    assert.ok(
      broken.report.summary.unknown_checks > ok.report.summary.unknown_checks,
      "unknown checks counted",
    );
    const judged = (o: typeof ok, uid: string) =>
      o.results.filter((r) => r.resource.uid === uid && r.status === "pass").length;
    assert.equal(judged(broken, defaults.uid), 0, "no check passes on a failed call");
  });
});
