import type { Command } from "commander";
import { UsageError, collect, parseKeyValue } from "./args.ts";
import { withStore } from "../store/open-store.ts";
import { ExceptionError, addException, expireException, listExceptions } from "../store/exceptions-repo.ts";
import { isActive, type RiskException } from "../exceptions/apply.ts";
import { SettingsError, loadSettings, parseDuration } from "../lifecycle/settings.ts";
import { inert } from "../report/text.ts";
import { builtinRules } from "../rules/index.ts";
import { ConfigError, findConfig, loadConfig } from "../config/load.ts";
import { UnknownRuleError, checkRuleId } from "../exceptions/rule-ids.ts";

interface AddFlags {
  rule: string;
  resource: string[];
  account: string[];
  tag: string[];
  justification?: string;
  approver?: string;
  expires?: string;
  for?: string;
  db?: string;
  config?: string;
  customRule?: boolean;
}

export function registerExceptions(program: Command): void {
  const cmd = program
    .command("exceptions")
    .description("risk acceptances: accepted findings are muted until the exception expires");
  cmd
    .command("add")
    .description("accept the risk of a rule on a scope of resources, with a justification and an approver")
    .requiredOption("--rule <id>", "the rule whose findings are accepted")
    .option("--resource <uid>", "a resource uid; * matches any characters (repeatable)", collect, [])
    .option("--account <id>", "an account, subscription or project id (repeatable)", collect, [])
    .option("--tag <key=value>", "a tag the resources carry (repeatable; all must match)", collect, [])
    .option("--justification <text>", "why the risk is accepted (required)")
    .option("--approver <name>", "who approved it (required)")
    .option("--expires <date>", "when it ends (default and maximum from the config: 90 days)")
    .option("--for <duration>", "how long it lasts, e.g. 30d or 12h")
    .option("--db <url>", "history store (default: $PARAPET_DB, else .parapet/parapet.db)")
    .option("--config <file>", "Parapet config with exceptions.max_exception_duration and custom_rules")
    .option(
      "--custom-rule",
      "accept a --rule id that is neither built in nor in the config's custom_rules (a Rego policy's, say)",
    )
    .action(async (flags: AddFlags) => {
      const cwd = process.cwd();
      const settings = settingsOrUsage(cwd, flags.config);
      if (!flags.customRule) checkKnownRule(flags.rule.trim(), cwd, flags.config);
      const approver = flags.approver?.trim() ?? "";
      if (approver !== "" && settings.approvers.length > 0 && !settings.approvers.includes(approver))
        throw new UsageError(
          `--approver: ${settings.file} requires approval from ${settings.approvers.join(", ")}; "${approver}" is not one of them`,
        );
      if (flags.expires !== undefined && flags.for !== undefined)
        throw new UsageError("give --expires or --for, not both");
      let expires = flags.expires;
      if (flags.for !== undefined) {
        const ms = parseDuration(flags.for);
        if (ms === undefined)
          throw new UsageError(`--for: expected a duration like 30d or 12h, got "${flags.for}"`);
        expires = new Date(Date.now() + ms).toISOString();
      }
      await withStore(flags.db, cwd, async (store) => {
        try {
          const e = await addException(
            store,
            {
              rule_id: flags.rule,
              resources: flags.resource,
              accounts: flags.account,
              tags: Object.fromEntries(flags.tag.map((t) => parseKeyValue(t, "--tag"))),
              justification: flags.justification ?? "",
              approver: flags.approver ?? "",
              ...(expires !== undefined ? { expires_at: expires } : {}),
            },
            { defaultMs: settings.defaultExceptionMs, maxMs: settings.maxExceptionMs },
            new Date(),
          );
          process.stdout.write(`exception ${e.id} added: ${e.rule_id} accepted until ${e.expires_at}\n`);
        } catch (err) {
          if (err instanceof ExceptionError) throw new UsageError(err.message);
          throw err;
        }
      });
    });
  cmd
    .command("list")
    .description("list the exceptions (active ones unless --all)")
    .option("--all", "include expired and revoked exceptions")
    .option("--format <format>", "table | json", "table")
    .option("--db <url>", "history store")
    .action(async (flags: { all?: boolean; format: string; db?: string }) => {
      await withStore(flags.db, process.cwd(), async (store) => {
        const now = new Date().toISOString();
        const list = (await listExceptions(store)).filter((e) => flags.all || isActive(e, now));
        if (flags.format === "json") {
          process.stdout.write(
            JSON.stringify(
              list.map((e) => ({ ...e, active: isActive(e, now) })),
              null,
              2,
            ) + "\n",
          );
          return;
        }
        if (list.length === 0) process.stdout.write("no exceptions\n");
        for (const e of list) process.stdout.write(describe(e, now));
      });
    });
  cmd
    .command("expire")
    .description("end an exception now: its findings are open again at the next scan (the record stays)")
    .argument("<id>", "exception id")
    .option("--db <url>", "history store")
    .action(async (id: string, flags: { db?: string }) => {
      await withStore(flags.db, process.cwd(), async (store) => {
        if (!(await expireException(store, id, new Date())))
          throw new UsageError(`no active exception ${id} (see: parapet exceptions list --all)`);
        process.stdout.write(`exception ${id} expired\n`);
      });
    });
}

function describe(e: RiskException, now: string): string {
  const state = e.revoked_at
    ? `revoked ${e.revoked_at}`
    : isActive(e, now)
      ? `until ${e.expires_at}`
      : `expired ${e.expires_at}`;
  const scope = [
    ...e.resources.map((r) => `resource ${r}`),
    ...e.accounts.map((a) => `account ${a}`),
    ...Object.entries(e.tags).map(([k, v]) => `tag ${k}=${v}`),
  ].join(", ");
  return `${e.id}  ${inert(e.rule_id)}  ${state}\n    scope: ${inert(scope)}\n    approved by ${inert(e.approver)}: ${inert(e.justification)}\n`;
}

/** Built-in rules and the gate config's custom rules are the ids an exception can name. */
function checkKnownRule(id: string, cwd: string, config: string | undefined): void {
  try {
    const file = findConfig(cwd, config);
    const custom = file !== undefined ? loadConfig(file, cwd).customRules.map((r) => r.id) : [];
    checkRuleId(id, [...builtinRules().map((r) => r.id), ...custom]);
  } catch (e) {
    if (e instanceof UnknownRuleError)
      throw new UsageError(`--rule: ${e.message} (give --custom-rule to accept it anyway)`);
    if (e instanceof ConfigError) throw new UsageError(e.message);
    throw e;
  }
}

export function settingsOrUsage(cwd: string, file: string | undefined): ReturnType<typeof loadSettings> {
  try {
    return loadSettings(cwd, file);
  } catch (e) {
    if (e instanceof SettingsError) throw new UsageError(e.message);
    throw e;
  }
}
