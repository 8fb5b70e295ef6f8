/**
 * Sending a gated run's notifications: Slack channels, generic webhooks and Jira tickets, each
 * configured in the gate file with its secrets named by environment variable. A failed
 * delivery is reported as a warning and never changes the gate's verdict.
 */
import type { Finding, ScanReport } from "../engine/report-model.ts";
import type { NotificationsConfig } from "../config/schema.ts";
import type { GateVerdict } from "../config/gate.ts";
import { deliver } from "./http.ts";
import { redact, secretFrom } from "./secrets.ts";
import { atLeast, routeFindings } from "./routing.ts";
import { slackPayload } from "./slack.ts";
import { signedHeaders, type WebhookDocument } from "./webhook.ts";
import { commentResolved, createIssue, findIssue, type JiraClient } from "./jira.ts";

export interface NotifyContext {
  /** The findings to tell about: in diff mode only those the change introduced. */
  report: ScanReport;
  verdict: GateVerdict;
  /** Findings fixed since the baseline: their tickets get a comment. */
  resolved: Finding[];
  env: NodeJS.ProcessEnv;
}

/** Sends everything the config asks for; returns what went wrong, secrets redacted. */
export async function notifyAll(cfg: NotificationsConfig, ctx: NotifyContext): Promise<string[]> {
  const problems: string[] = [];
  const secrets: string[] = [];
  const secret = (name: string, what: string): string => {
    const v = secretFrom(ctx.env, name, what);
    secrets.push(v);
    return v;
  };
  const attempt = async (what: () => Promise<void>) => {
    try {
      await what();
    } catch (e) {
      problems.push((e as Error).message);
    }
  };
  const scanId = ctx.report.scan.id;

  if (cfg.slack) {
    const slack = cfg.slack;
    for (const m of routeFindings(cfg, ctx.verdict, slack.min_severity)) {
      await attempt(async () => {
        const env = slack.webhooks[m.channel];
        if (env === undefined)
          throw new Error(`slack ${m.channel}: no webhook configured in notifications.slack.webhooks`);
        const url = secret(env, `slack ${m.channel}`);
        await deliver(url, JSON.stringify(slackPayload(m, scanId)), {
          label: `slack ${m.channel}`,
          ...(slack.timeout_seconds !== undefined ? { timeoutMs: slack.timeout_seconds * 1000 } : {}),
          ...(slack.retries !== undefined ? { retries: slack.retries } : {}),
        });
      });
    }
  }

  for (const [i, hook] of (cfg.webhooks ?? []).entries()) {
    const label = `webhook ${hook.name ?? i + 1}`;
    const findings = ctx.report.findings.filter((f) => f.status === "fail" && atLeast(f, hook.min_severity));
    if (findings.length === 0 && ctx.resolved.length === 0) continue;
    await attempt(async () => {
      const url = secret(hook.url_env, label);
      const key = hook.secret_env !== undefined ? secret(hook.secret_env, label) : undefined;
      const document: WebhookDocument = {
        event: "parapet.findings",
        scan: ctx.report.scan,
        blocked: ctx.verdict.blocking.length > 0,
        findings,
        resolved: ctx.resolved.map((f) => f.id),
      };
      const body = JSON.stringify(document);
      await deliver(url, body, {
        label,
        headers: signedHeaders(body, key),
        ...(hook.timeout_seconds !== undefined ? { timeoutMs: hook.timeout_seconds * 1000 } : {}),
        ...(hook.retries !== undefined ? { retries: hook.retries } : {}),
      });
    });
  }

  if (cfg.jira) {
    const jira = cfg.jira;
    await attempt(async () => {
      const base = secret(jira.url_env, "jira").replace(/\/+$/, "");
      const token = secret(jira.token_env, "jira");
      const auth =
        jira.user_env !== undefined
          ? `Basic ${Buffer.from(`${secret(jira.user_env, "jira")}:${token}`).toString("base64")}`
          : `Bearer ${token}`;
      secrets.push(auth);
      const client: JiraClient = { base, auth, cfg: jira };
      for (const f of ctx.report.findings) {
        if (f.status !== "fail" || !atLeast(f, jira.min_severity)) continue;
        await attempt(async () => {
          if ((await findIssue(client, f)) === undefined) await createIssue(client, f, cfg.owner_tag);
        });
      }
      for (const f of ctx.resolved) {
        await attempt(async () => {
          const key = await findIssue(client, f);
          if (key !== undefined) await commentResolved(client, key, f, scanId);
        });
      }
    });
  }
  return problems.map((p) => redact(p, secrets));
}
