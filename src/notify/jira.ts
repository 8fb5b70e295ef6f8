/**
 * Jira tickets for new high and critical findings, through the REST API (v2 or v3). Each issue
 * carries the label `parapet-<finding id>`: before creating one, a search by that label makes
 * sure a finding never gets two tickets, and when the finding is resolved the same search
 * finds the ticket to comment on. Issues are assigned by the resource's owner tag.
 */
import type { Finding } from "../engine/report-model.ts";
import type { NotificationsConfig } from "../config/schema.ts";
import { deliver } from "./http.ts";

type JiraConfig = NonNullable<NotificationsConfig["jira"]>;

export interface JiraClient {
  base: string;
  auth: string;
  cfg: JiraConfig;
}

export function findingLabel(f: Pick<Finding, "id">): string {
  return `parapet-${f.id}`;
}

/** Atlassian document format for v3; plain text for v2. */
function doc(cfg: JiraConfig, text: string): unknown {
  if (cfg.api_version === 2) return text;
  return {
    type: "doc",
    version: 1,
    content: text.split("\n\n").map((p) => ({ type: "paragraph", content: [{ type: "text", text: p }] })),
  };
}

async function call(c: JiraClient, method: "GET" | "POST", path: string, body?: unknown): Promise<unknown> {
  const res = await deliver(`${c.base}${path}`, body === undefined ? undefined : JSON.stringify(body), {
    label: "jira",
    method,
    headers: { authorization: c.auth, accept: "application/json" },
    ...(c.cfg.timeout_seconds !== undefined ? { timeoutMs: c.cfg.timeout_seconds * 1000 } : {}),
    ...(c.cfg.retries !== undefined ? { retries: c.cfg.retries } : {}),
  });
  return res.body ? (JSON.parse(res.body) as unknown) : {};
}

/** The key of the issue carrying the finding's label, if any. */
export async function findIssue(c: JiraClient, f: Pick<Finding, "id">): Promise<string | undefined> {
  const jql = `project = "${c.cfg.project}" AND labels = "${findingLabel(f)}"`;
  const path =
    c.cfg.api_version === 2
      ? `/rest/api/2/search?jql=${encodeURIComponent(jql)}&fields=key&maxResults=1`
      : `/rest/api/3/search/jql?jql=${encodeURIComponent(jql)}&fields=key&maxResults=1`;
  const res = (await call(c, "GET", path)) as { issues?: { key: string }[] };
  return res.issues?.[0]?.key;
}

export async function createIssue(c: JiraClient, f: Finding, ownerTag: string): Promise<string> {
  const where = f.location ? `${f.location.file}:${f.location.start_line}` : f.resource.uid;
  const text = [
    f.message,
    `Resource: ${f.address ?? f.resource.name} (${f.resource.native_type}) at ${where}`,
    `Rule: ${f.rule_id}, severity ${f.severity}`,
    f.remediation.text ? `Fix: ${f.remediation.text}` : "",
    `Parapet finding ${f.id}`,
  ]
    .filter(Boolean)
    .join("\n\n");
  const owner = f.resource.tags[ownerTag];
  const assignee = owner !== undefined ? c.cfg.assignees?.[owner] : undefined;
  const fields: Record<string, unknown> = {
    project: { key: c.cfg.project },
    issuetype: { name: c.cfg.issue_type },
    summary: `[${f.severity.toUpperCase()}] ${f.title} — ${f.address ?? f.resource.name}`.slice(0, 250),
    description: doc(c.cfg, text),
    labels: ["parapet", findingLabel(f), ...(c.cfg.labels ?? [])],
  };
  if (assignee !== undefined)
    fields["assignee"] = c.cfg.api_version === 2 ? { name: assignee } : { accountId: assignee };
  const res = (await call(c, "POST", `/rest/api/${c.cfg.api_version}/issue`, { fields })) as { key?: string };
  return res.key ?? "";
}

export async function commentResolved(c: JiraClient, key: string, f: Finding, scanId: string): Promise<void> {
  await call(c, "POST", `/rest/api/${c.cfg.api_version}/issue/${encodeURIComponent(key)}/comment`, {
    body: doc(
      c.cfg,
      `Resolved: Parapet scan ${scanId} no longer finds ${f.rule_id} on ${f.address ?? f.resource.name}.`,
    ),
  });
}
