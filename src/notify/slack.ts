/**
 * Slack incoming webhooks: one message per channel, the blocking findings first, each with the
 * place to fix it and the fix. An incoming webhook posts to the channel it was created for, so
 * the config maps each channel name to the environment variable holding its webhook URL.
 */
import type { Finding } from "../engine/report-model.ts";
import type { ChannelMessage } from "./routing.ts";

const MAX_LINES = 20;

/** Slack's mrkdwn control characters; names and messages come from scanned files. */
function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** `@team` mentions become Slack's mention syntax only for the special groups; others stay text. */
function mention(m: string): string {
  return ["@here", "@channel", "@everyone"].includes(m) ? `<!${m.slice(1)}>` : esc(m);
}

function line(f: Finding): string {
  const where = f.location ? `${f.location.file}:${f.location.start_line}` : f.resource.uid;
  const fix = f.remediation.text ? `\n    fix: ${esc(f.remediation.text)}` : "";
  return `• *${f.severity.toUpperCase()}* \`${esc(f.rule_id)}\` ${esc(f.address ?? f.resource.name)} (${esc(where)}): ${esc(f.message)}${fix}`;
}

export function slackPayload(m: ChannelMessage, scanId: string): { text: string; blocks: unknown[] } {
  const head =
    m.blocking.length > 0
      ? `:no_entry: Parapet blocked the deployment: ${m.blocking.length} finding(s) must be fixed`
      : `:warning: Parapet: ${m.warnings.length} finding(s) to review`;
  const text = [head, ...m.mentions.map(mention)].join(" ");
  const all = [...m.blocking, ...m.warnings];
  const lines = all.slice(0, MAX_LINES).map(line);
  if (all.length > MAX_LINES) lines.push(`… and ${all.length - MAX_LINES} more in the scan report`);
  return {
    text,
    blocks: [
      { type: "section", text: { type: "mrkdwn", text } },
      { type: "section", text: { type: "mrkdwn", text: lines.join("\n").slice(0, 2900) } },
      { type: "context", elements: [{ type: "mrkdwn", text: `scan ${esc(scanId)}` }] },
    ],
  };
}
