/**
 * Drift attribution through CloudTrail's LookupEvents. moto does not implement the call, so the
 * SDK talks to a local server speaking the service's wire protocol (JSON 1.1 over POST, the
 * operation in X-Amz-Target) with responses shaped like the documented ones.
 */
import assert from "node:assert/strict";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, test } from "node:test";
import { CloudTrailClient } from "@aws-sdk/client-cloudtrail";
import { attributeDrift } from "../../src/drift/cloudtrail.ts";
import type { ResourceDrift } from "../../src/drift/diff.ts";

const requests: { target: string | undefined; body: Record<string, unknown> }[] = [];

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = "";
    req.on("data", (d: Buffer) => (text += d.toString()));
    req.on("end", () => resolve(text));
  });
}

const event = (id: string, name: string, time: number, readOnly: string, arn: string, resource: string) => ({
  EventId: id,
  EventName: name,
  ReadOnly: readOnly,
  AccessKeyId: "AKIAEXAMPLE",
  EventTime: time,
  EventSource: "ec2.amazonaws.com",
  Username: arn.split("/").pop(),
  Resources: [{ ResourceType: "AWS::EC2::SecurityGroup", ResourceName: resource }],
  CloudTrailEvent: JSON.stringify({
    eventVersion: "1.08",
    userIdentity: { type: "AssumedRole", arn },
    eventName: name,
  }),
});

const server = createServer(async (req, res) => {
  const parsed = JSON.parse(await body(req)) as Record<string, unknown>;
  requests.push({ target: req.headers["x-amz-target"] as string | undefined, body: parsed });
  res.setHeader("content-type", "application/x-amz-json-1.1");
  if (
    !/CloudTrail_20131101\.LookupEvents$/.test(String(req.headers["x-amz-target"])) ||
    !String(req.headers["content-type"]).startsWith("application/x-amz-json-1.1")
  ) {
    res.statusCode = 400;
    res.end(JSON.stringify({ __type: "UnknownOperationException", message: "unexpected request" }));
    return;
  }
  const name = (parsed["LookupAttributes"] as { AttributeValue: string }[])[0]!.AttributeValue;
  if (name === "sg-denied") {
    res.statusCode = 400;
    res.end(JSON.stringify({ __type: "AccessDeniedException", message: "not authorized to LookupEvents" }));
    return;
  }
  if (parsed["NextToken"] === undefined) {
    res.end(
      JSON.stringify({
        Events: [
          event(
            "e1",
            "DescribeSecurityGroups",
            1767261600,
            "true",
            "arn:aws:sts::111122223333:assumed-role/audit/bot",
            name,
          ),
          event(
            "e2",
            "AuthorizeSecurityGroupIngress",
            1767258000,
            "false",
            "arn:aws:sts::111122223333:assumed-role/admin/alice",
            name,
          ),
        ],
        NextToken: "page-2",
      }),
    );
  } else {
    res.end(
      JSON.stringify({
        Events: [
          event(
            "e3",
            "RevokeSecurityGroupIngress",
            1767254400,
            "false",
            "arn:aws:iam::111122223333:user/bob",
            name,
          ),
        ],
      }),
    );
  }
});

let client: CloudTrailClient;
before(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  client = new CloudTrailClient({
    region: "eu-west-1",
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    credentials: { accessKeyId: "test", secretAccessKey: "test" },
    maxAttempts: 1,
  });
});
after(() => server.close());

const drift = (name: string, provider = "aws", project: string | null = "111122223333"): ResourceDrift => ({
  kind: "changed",
  uid: `arn:aws:ec2:eu-west-1:111122223333:security-group/${name}`,
  name,
  type: "firewall_rule",
  native_type: "aws_security_group",
  provider,
  project,
  region: "eu-west-1",
  relevance: "critical",
  changes: [],
});

test("changes are attributed to the callers of write events, newest first, over every page", async () => {
  requests.length = 0;
  const drifts = [drift("sg-0123"), drift("sg-iac", "aws", null), drift("gcp-fw", "gcp")];
  const from = new Date("2026-01-01T00:00:00Z");
  const to = new Date("2026-01-02T00:00:00Z");
  const notes = await attributeDrift(drifts, { client: () => client, from, to });
  assert.deepEqual(notes, []);
  assert.equal(requests.length, 2, "only the live AWS resource is looked up, on two pages");
  // SDK v3 sends the short form; the service model's full shape id is accepted too.
  assert.match(
    requests[0]!.target ?? "",
    /^(com\.amazonaws\.cloudtrail\.v20131101\.)?CloudTrail_20131101\.LookupEvents$/,
  );
  assert.deepEqual(requests[0]!.body["LookupAttributes"], [
    { AttributeKey: "ResourceName", AttributeValue: "sg-0123" },
  ]);
  assert.equal(requests[0]!.body["StartTime"], from.getTime() / 1000);
  assert.equal(requests[0]!.body["EndTime"], to.getTime() / 1000);
  assert.equal(requests[1]!.body["NextToken"], "page-2");
  assert.deepEqual(drifts[0]!.attribution, [
    {
      who: "arn:aws:sts::111122223333:assumed-role/admin/alice",
      when: "2026-01-01T09:00:00.000Z",
      event: "AuthorizeSecurityGroupIngress",
      source: "ec2.amazonaws.com",
    },
    {
      who: "arn:aws:iam::111122223333:user/bob",
      when: "2026-01-01T08:00:00.000Z",
      event: "RevokeSecurityGroupIngress",
      source: "ec2.amazonaws.com",
    },
  ]);
  assert.equal(drifts[1]!.attribution, undefined);
});

test("a denied lookup leaves the drift unattributed with a note, and does not throw", async () => {
  const d = drift("sg-denied");
  const notes = await attributeDrift([d], { client: () => client, from: new Date(0), to: new Date() });
  assert.equal(d.attribution, undefined);
  assert.equal(notes.length, 1);
  assert.match(notes[0]!, /sg-denied.*not authorized/);
});
