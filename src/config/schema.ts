/**
 * The shape of the pipeline gate file: `parapet.yml`, or the guide's `.cspm-pipeline.yml` as the
 * guide writes it. Unknown keys are errors (a misspelt `block_deplyment` must not silently turn
 * the gate off). The guide nests framework, thresholds and paths under `scan_config`; the other
 * sections sit at the top level. `sla` and `drift` belong to the history store and are only
 * shape-checked here so that one file configures everything.
 */
import { z } from "zod";
import { SEVERITIES } from "../rules/rule.ts";

const severity = z.enum(SEVERITIES, {
  error: (iss) => `expected one of ${SEVERITIES.join(", ")}, got ${JSON.stringify(iss.input)}`,
});
/** `90d`, `24h`, `30m`, `2w`: the unit letters the history store's settings understand too. */
const duration = z
  .string({ error: 'expected a duration like "90d" or "24h"' })
  .regex(/^\s*\d+(?:\.\d+)?\s*[mhdw]\s*$/i, { error: 'expected a duration like "90d" or "24h"' });
/** The name of an environment variable: secrets never sit in the repository. */
const envName = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: "expected the name of an environment variable" });

export const ThresholdSchema = z.strictObject({
  block_deployment: severity.optional(),
  warn_only: severity.optional(),
  ignore: severity.optional(),
});

export const CustomRuleSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, {
    error: "expected an id of letters, digits, '-', '_', '.' or ':'",
  }),
  description: z.string(),
  resource_type: z.string().min(1),
  condition: z.string().min(1),
  severity,
  remediation: z.string().optional(),
  /** Controls the rule judges: `{framework, control}` or `"framework:control"`. */
  frameworks: z
    .array(
      z.union([
        z.strictObject({ framework: z.string(), control: z.string() }),
        z.string().regex(/^[^:\s]+:\S+$/, { error: 'expected "framework:control"' }),
      ]),
    )
    .optional(),
});

const ChannelSchema = z.strictObject({
  channel: z.string().min(1),
  mention: z.string().optional(),
});

const WebhookSchema = z.strictObject({
  name: z.string().optional(),
  url_env: envName,
  /** HMAC-SHA256 key for the signature header. */
  secret_env: envName.optional(),
  min_severity: severity.optional(),
  timeout_seconds: z.number().positive().max(300).optional(),
  retries: z.number().int().min(0).max(10).optional(),
});

const SlackSchema = z.strictObject({
  /** Incoming-webhook URL per channel name, each from an environment variable. */
  webhooks: z.record(z.string(), envName),
  min_severity: severity.optional(),
  timeout_seconds: z.number().positive().max(300).optional(),
  retries: z.number().int().min(0).max(10).optional(),
});

const JiraSchema = z.strictObject({
  url_env: envName,
  /** Basic auth user (Jira Cloud: the account e-mail); without it the token is sent as a bearer token. */
  user_env: envName.optional(),
  token_env: envName,
  project: z.string().min(1),
  issue_type: z.string().default("Bug"),
  api_version: z.union([z.literal(2), z.literal(3)]).default(3),
  min_severity: severity.default("high"),
  /** Owner tag value → Jira account id (v3) or user name (v2). */
  assignees: z.record(z.string(), z.string()).optional(),
  labels: z.array(z.string()).optional(),
  timeout_seconds: z.number().positive().max(300).optional(),
  retries: z.number().int().min(0).max(10).optional(),
});

export const NotificationsSchema = z.strictObject({
  on_block: z.array(ChannelSchema).optional(),
  on_warn: z.array(ChannelSchema).optional(),
  /** Owner tag value → the channel that team watches. */
  routing: z.record(z.string(), z.string()).optional(),
  /** The resource tag that names the owning team. */
  owner_tag: z.string().default("owner"),
  slack: SlackSchema.optional(),
  webhooks: z.array(WebhookSchema).optional(),
  jira: JiraSchema.optional(),
});

export const ExceptionsSchema = z.strictObject({
  require_approval_from: z.array(z.string()).optional(),
  max_exception_duration: duration.optional(),
  default_exception_duration: duration.optional(),
  require_risk_justification: z.boolean().optional(),
});

const ScanConfigSchema = z.strictObject({
  framework: z.string().optional(),
  severity_threshold: ThresholdSchema.optional(),
  exclude_paths: z.array(z.string()).optional(),
  /** Directories or files of Rego policies, relative to the config file. */
  policies: z.array(z.string()).optional(),
});

export const GateFileSchema = z.strictObject({
  scan_config: ScanConfigSchema.optional(),
  custom_rules: z.array(CustomRuleSchema).optional(),
  notifications: NotificationsSchema.optional(),
  exceptions: ExceptionsSchema.optional(),
  sla: z
    .strictObject(
      Object.fromEntries(SEVERITIES.map((s) => [s, duration.optional()])) as Record<
        (typeof SEVERITIES)[number],
        z.ZodOptional<typeof duration>
      >,
    )
    .optional(),
  drift: z
    .strictObject({
      relevance: z.array(
        z.strictObject({
          type: z.string().optional(),
          attribute: z.string(),
          level: z.enum(["critical", "high", "medium", "low", "ignore"]),
        }),
      ),
    })
    .optional(),
});

export type GateFile = z.infer<typeof GateFileSchema>;
export type CustomRuleSpec = z.infer<typeof CustomRuleSchema>;
export type NotificationsConfig = z.infer<typeof NotificationsSchema>;
export type Thresholds = z.infer<typeof ThresholdSchema>;
