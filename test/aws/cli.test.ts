/** `parapet scan --aws` through the real CLI entry, against moto, and `--aws --permissions`. */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CreateBucketCommand, PutBucketPolicyCommand, S3Client } from "@aws-sdk/client-s3";
import { COLLECTORS } from "../../src/sources/aws/collectors.ts";
import { MOTO_MISSING, sdkConfig, startMoto, type Moto } from "./moto.ts";

const MAIN = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "src", "cli", "main.ts");

function parapet(args: string[], cwd: string) {
  const res = spawnSync(process.execPath, [MAIN, ...args], {
    cwd,
    encoding: "utf8",
    env: {
      ...process.env,
      AWS_ACCESS_KEY_ID: "testing",
      AWS_SECRET_ACCESS_KEY: "testing",
      AWS_REGION: "us-east-1",
      AWS_CONFIG_FILE: "/dev/null",
      AWS_SHARED_CREDENTIALS_FILE: "/dev/null",
    },
    timeout: 240_000,
  });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

describe("parapet scan --aws", () => {
  let cwd: string;
  before(() => {
    cwd = mkdtempSync(join(tmpdir(), "parapet-aws-cli-"));
  });
  after(() => rmSync(cwd, { recursive: true, force: true }));

  it("--permissions prints exactly the declared read-only actions", () => {
    const out = parapet(["scan", "--aws", "--permissions"], cwd);
    assert.equal(out.code, 0, out.stderr);
    const policy = JSON.parse(out.stdout) as { Statement: { Action: string[]; Effect: string }[] };
    const actions = policy.Statement[0]!.Action;
    for (const c of COLLECTORS)
      for (const spec of Object.values(c.calls)) assert.ok(actions.includes(spec.action), spec.action);
    assert.ok(actions.includes("organizations:ListAccounts") && actions.includes("sts:AssumeRole"));
    // Read-only: nothing that creates, changes or deletes; generating the credential report and
    // assuming the scan role are the only non-read calls.
    const writes = actions.filter(
      (a) => !/^[a-z0-9-]+:(Get|List|Describe|GenerateCredentialReport|AssumeRole$)/.test(a),
    );
    assert.deepEqual(writes, []);
  });

  it("rejects a malformed region with exit code 2", () => {
    const out = parapet(["scan", "--aws", "--regions", "mars-1"], cwd);
    assert.equal(out.code, 2);
    assert.match(out.stderr, /--regions: "mars-1"/);
  });

  describe("against moto", { skip: MOTO_MISSING }, () => {
    let moto: Moto;
    before(async () => {
      moto = await startMoto();
      const s3 = new S3Client(sdkConfig(moto));
      await s3.send(new CreateBucketCommand({ Bucket: "public-site" }));
      await s3.send(
        new PutBucketPolicyCommand({
          Bucket: "public-site",
          Policy: JSON.stringify({
            Version: "2012-10-17",
            Statement: [
              {
                Effect: "Allow",
                Principal: "*",
                Action: "s3:GetObject",
                Resource: "arn:aws:s3:::public-site/*",
              },
            ],
          }),
        }),
      );
    });
    after(async () => moto?.stop());

    it("writes the JSON report and exits 1 on a critical finding", () => {
      const out = parapet(
        [
          "scan",
          "--aws",
          "--endpoint-url",
          moto.endpoint,
          "--regions",
          "us-east-1",
          "--format",
          "json",
          "--no-store",
        ],
        cwd,
      );
      assert.equal(out.code, 1, out.stderr);
      const report = JSON.parse(out.stdout) as {
        scan: { targets: string[] };
        findings: {
          rule_id: string;
          severity: string;
          resource: { uid: string; project: string; region: string };
        }[];
      };
      assert.deepEqual(report.scan.targets, ["aws:123456789012"]);
      const f = report.findings.find((x) => x.rule_id === "storage-bucket-blocks-public-access");
      assert.ok(f);
      assert.equal(f.severity, "critical");
      assert.deepEqual(f.resource, {
        ...f.resource,
        uid: "arn:aws:s3:::public-site",
        project: "123456789012",
        region: "us-east-1",
      });
    });
  });
});
