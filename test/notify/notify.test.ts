import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createHmac } from "node:crypto";
import { notifyAll } from "../../src/notify/dispatch.ts";
import { NotificationsSchema } from "../../src/config/schema.ts";
import type { Finding, ScanReport } from "../../src/engine/report-model.ts";
import { judge } from "../../src/config/gate.ts";

interface Hit {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

/** A local server recording what it receives; `reply` decides each answer. */
async function server(reply: (h: Hit, n: number) => [number, string] | "hang") {
  const hits: Hit[] = [];
  const s = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      const hit = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body };
      hits.push(hit);
      const r = reply(hit, hits.length);
      if (r === "hang") return;
      res.writeHead(r[0], { "content-type": "application/json" }).end(r[1]);
    });
  });
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
  return {
    url,
    hits,
    close: () =>
      new Promise<void>((r) => {
        s.closeAllConnections();
        s.close(() => r());
      }),
  };
}

function finding(id: string, severity: Finding["severity"], owner: string): Finding {
  return {
    id,
    rule_id: `rule-${id}`,
    title: `Title ${id}`,
    severity,
    category: "encryption",
    status: "fail",
    message: `<b>msg</b> ${id}`,
    address: `aws_s3_bucket.${id}`,
    resource: {
      uid: `main.tf#aws_s3_bucket.${id}`,
      type: "cloud_storage_bucket",
      native_type: "aws_s3_bucket",
      name: id,
      provider: "aws",
      project: null,
      region: null,
      tags: { owner },
    },
    location: { file: "main.tf", start_line: 3, end_line: 5 },
    compliance: [],
    remediation: { text: "fix it", code: {} },
    risk: { score: 1, factors: [] },
  };
}

function report(findings: Finding[]): ScanReport {
  return {
    version: 1,
    scan: { id: "scan-1", started_at: "", finished_at: "", targets: ["."], parapet_version: "0" },
    summary: {
      resources: 1,
      findings: findings.length,
      by_severity: { critical: 0, high: 0, medium: 0, low: 0, info: 0 },
      muted: 0,
      posture_score: null,
      unknown_checks: 0,
      errors: 0,
      files: {},
      skipped_files: 0,
    },
    findings,
    errors: [],
  };
}

test("Slack: blocking findings to on_block, warnings to on_warn, and to the owner's channel; secrets never printed", async () => {
  const slack = await server(() => [200, "ok"]);
  try {
    const cfg = NotificationsSchema.parse({
      on_block: [{ channel: "#alerts", mention: "@here" }],
      on_warn: [{ channel: "#findings" }],
      routing: { payments: "#payments-sec" },
      slack: {
        webhooks: { "#alerts": "T_ALERTS", "#findings": "T_FINDINGS", "#payments-sec": "T_PAY" },
        retries: 0,
      },
    });
    const r = report([finding("a", "critical", "payments"), finding("b", "medium", "data")]);
    const env = {
      T_ALERTS: `${slack.url}/alerts`,
      T_FINDINGS: `${slack.url}/findings`,
      T_PAY: `${slack.url}/pay`,
    };
    const problems = await notifyAll(cfg, {
      report: r,
      verdict: judge(r, "critical", "medium"),
      resolved: [],
      env,
    });
    assert.deepEqual(problems, []);
    const byPath = Object.fromEntries(
      slack.hits.map((h) => [
        h.url,
        JSON.parse(h.body) as { text: string; blocks: { text?: { text: string } }[] },
      ]),
    );
    assert.deepEqual(Object.keys(byPath).sort(), ["/alerts", "/findings", "/pay"]);
    assert.match(byPath["/alerts"]!.text, /blocked the deployment: 1 finding.* <!here>/);
    assert.match(byPath["/alerts"]!.blocks[1]!.text!.text, /CRITICAL.*rule-a.*&lt;b&gt;msg/);
    assert.doesNotMatch(byPath["/findings"]!.blocks[1]!.text!.text, /rule-a/);
    assert.match(byPath["/pay"]!.blocks[1]!.text!.text, /rule-a/);
    // A missing variable is a warning naming the variable, not the URL of the others.
    const missing = await notifyAll(cfg, {
      report: r,
      verdict: judge(r, "critical", "medium"),
      resolved: [],
      env: { T_ALERTS: env.T_ALERTS },
    });
    assert.ok(missing.some((p) => /T_FINDINGS is not set/.test(p)));
    assert.ok(missing.every((p) => !p.includes(slack.url)));
  } finally {
    await slack.close();
  }
});

test("webhook: signed JSON, retried with backoff after 5xx, abandoned after a timeout without leaking the URL", async () => {
  const hook = await server((_h, n) => (n === 1 ? [503, "busy"] : [200, "{}"]));
  const slow = await server(() => "hang");
  try {
    const cfg = NotificationsSchema.parse({
      webhooks: [
        { name: "siem", url_env: "HOOK_URL", secret_env: "HOOK_KEY", min_severity: "high", retries: 2 },
        { name: "slow", url_env: "SLOW_URL", timeout_seconds: 0.2, retries: 1 },
      ],
    });
    const r = report([finding("a", "critical", "x"), finding("b", "low", "x")]);
    const env = {
      HOOK_URL: `${hook.url}/in?token=s3cr3t-token`,
      HOOK_KEY: "k3y-material",
      SLOW_URL: `${slow.url}/s3cr3t-path`,
    };
    const started = Date.now();
    const problems = await notifyAll(cfg, {
      report: r,
      verdict: judge(r, "critical", undefined),
      resolved: [],
      env,
    });
    assert.equal(hook.hits.length, 2, "one retry after the 503");
    const last = hook.hits[1]!;
    const doc = JSON.parse(last.body) as { findings: Finding[]; blocked: boolean };
    assert.deepEqual(
      doc.findings.map((f) => f.id),
      ["a"],
    );
    assert.equal(doc.blocked, true);
    const ts = String(last.headers["x-parapet-timestamp"]);
    const expected = `sha256=${createHmac("sha256", "k3y-material").update(`${ts}.${last.body}`).digest("hex")}`;
    assert.equal(last.headers["x-parapet-signature"], expected);
    assert.equal(slow.hits.length, 2, "the slow endpoint was tried twice");
    assert.deepEqual(problems, ["webhook slow: no answer within 200 ms after 2 attempt(s)"]);
    assert.ok(Date.now() - started < 8000);
    for (const p of problems)
      for (const secret of ["s3cr3t", "k3y-material", slow.url]) assert.ok(!p.includes(secret));
  } finally {
    await hook.close();
    await slow.close();
  }
});

test("Jira: one issue per new high/critical finding, assigned by owner, never duplicated; resolved findings get a comment", async () => {
  const labels = new Map<string, string>();
  let next = 1;
  const jira = await server((h) => {
    if (h.method === "GET") {
      const jql = decodeURIComponent(h.url.split("jql=")[1]!.split("&")[0]!);
      const label = /labels = "([^"]+)"/.exec(jql)![1]!;
      const key = labels.get(label);
      return [200, JSON.stringify({ issues: key ? [{ key }] : [] })];
    }
    if (h.url === "/rest/api/3/issue") {
      const key = `SEC-${next++}`;
      for (const l of (JSON.parse(h.body) as { fields: { labels: string[] } }).fields.labels)
        labels.set(l, key);
      return [201, JSON.stringify({ key })];
    }
    return [201, "{}"];
  });
  try {
    const cfg = NotificationsSchema.parse({
      jira: {
        url_env: "JIRA_URL",
        user_env: "JIRA_USER",
        token_env: "JIRA_TOKEN",
        project: "SEC",
        assignees: { payments: "acc-123" },
      },
    });
    const env = { JIRA_URL: jira.url, JIRA_USER: "bot@example.com", JIRA_TOKEN: "tok-secret-value" };
    const r = report([
      finding("a", "critical", "payments"),
      finding("b", "medium", "x"),
      finding("c", "high", "x"),
    ]);
    const ctx = { report: r, verdict: judge(r, "critical", undefined), resolved: [], env };
    assert.deepEqual(await notifyAll(cfg, ctx), []);
    assert.deepEqual(await notifyAll(cfg, ctx), []);
    const creates = jira.hits.filter((h) => h.method === "POST" && h.url === "/rest/api/3/issue");
    assert.equal(creates.length, 2, "a and c once each, b is below high");
    const first = JSON.parse(creates[0]!.body) as { fields: Record<string, unknown> };
    assert.deepEqual(first.fields["assignee"], { accountId: "acc-123" });
    assert.deepEqual(first.fields["labels"], ["parapet", "parapet-a"]);
    assert.equal(
      creates[0]!.headers.authorization,
      `Basic ${Buffer.from("bot@example.com:tok-secret-value").toString("base64")}`,
    );
    const fixed = await notifyAll(cfg, {
      ...ctx,
      report: report([]),
      resolved: [finding("a", "critical", "payments")],
    });
    assert.deepEqual(fixed, []);
    const comment = jira.hits.find((h) => h.url === "/rest/api/3/issue/SEC-1/comment");
    assert.ok(comment, "the resolved finding's ticket got a comment");
    assert.match(comment.body, /Resolved: Parapet scan scan-1/);
  } finally {
    await jira.close();
  }
});

test("Jira errors are reported without the token", async () => {
  const jira = await server(() => [401, "{}"]);
  try {
    const cfg = NotificationsSchema.parse({
      jira: { url_env: "U", token_env: "T", project: "SEC", retries: 0 },
    });
    const r = report([finding("a", "critical", "x")]);
    const problems = await notifyAll(cfg, {
      report: r,
      verdict: judge(r, "critical", undefined),
      resolved: [],
      env: { U: jira.url, T: "very-secret-token" },
    });
    assert.deepEqual(problems, ["jira: HTTP 401 after 1 attempt(s)"]);
    assert.equal(jira.hits[0]!.headers.authorization, "Bearer very-secret-token");
  } finally {
    await jira.close();
  }
});
