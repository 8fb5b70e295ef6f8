/**
 * Who hears about which findings, as the guide's gate file says: `on_block` channels get the
 * findings that blocked the run, `on_warn` channels the warnings, and the `routing` map sends
 * each finding also to the channel of the team its owner tag names.
 */
import type { Finding } from "../engine/report-model.ts";
import type { NotificationsConfig } from "../config/schema.ts";
import type { GateVerdict } from "../config/gate.ts";
import { SEVERITIES, type Severity } from "../rules/rule.ts";

export interface ChannelMessage {
  channel: string;
  mentions: string[];
  blocking: Finding[];
  warnings: Finding[];
}

export function atLeast(f: Finding, min: Severity | undefined): boolean {
  return min === undefined || SEVERITIES.indexOf(f.severity) <= SEVERITIES.indexOf(min);
}

export function routeFindings(
  cfg: NotificationsConfig,
  verdict: GateVerdict,
  min?: Severity,
): ChannelMessage[] {
  const byChannel = new Map<string, ChannelMessage>();
  const get = (channel: string): ChannelMessage => {
    let m = byChannel.get(channel);
    if (!m) byChannel.set(channel, (m = { channel, mentions: [], blocking: [], warnings: [] }));
    return m;
  };
  const add = (m: ChannelMessage, kind: "blocking" | "warnings", f: Finding) => {
    if (atLeast(f, min) && !m[kind].includes(f)) m[kind].push(f);
  };
  for (const [targets, kind] of [
    [cfg.on_block ?? [], "blocking"],
    [cfg.on_warn ?? [], "warnings"],
  ] as const) {
    for (const t of targets) {
      const m = get(t.channel);
      if (t.mention && !m.mentions.includes(t.mention)) m.mentions.push(t.mention);
      for (const f of verdict[kind]) add(m, kind, f);
    }
  }
  const routes = cfg.routing ?? {};
  for (const kind of ["blocking", "warnings"] as const) {
    for (const f of verdict[kind]) {
      const owner = f.resource.tags[cfg.owner_tag];
      const channel = owner !== undefined ? routes[owner] : undefined;
      if (channel !== undefined) add(get(channel), kind, f);
    }
  }
  return [...byChannel.values()].filter((m) => m.blocking.length + m.warnings.length > 0);
}
