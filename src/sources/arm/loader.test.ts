import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isUnknown, type Value } from "../../model/value.ts";
import type { RawRecord } from "../../model/raw.ts";
import { readArmTemplate, loadArm } from "./index.ts";
import { normalizers } from "../../normalize/arm/index.ts";
import { KNOWN_TYPES } from "./types.ts";
import { evaluate, parseExpression, type EvalScope } from "./expressions.ts";

const SCHEMA = "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#";

function load(tpl: object, params: Record<string, Value> = {}): RawRecord[] {
  const r = readArmTemplate(
    JSON.stringify({ $schema: SCHEMA, contentVersion: "1.0.0.0", ...tpl }, null, 2),
    "t.json",
    params,
  );
  assert.ok(!("skipped" in r), "read as a template");
  assert.deepEqual(r.errors, []);
  return r.records;
}

const scope: EvalScope = {
  parameter: (n) => ({ env: "Prod", names: ["a", "b"], obj: { x: 1 } })[n] ?? null,
  variable: () => null,
  copyIndex: () => undefined,
  addressOf: (type, names) => `${type}/${names.join("/")}`,
};
const ev = (text: string): Value => evaluate(parseExpression(text), scope);

describe("ARM expressions", () => {
  it("evaluates the common functions over known values", () => {
    assert.equal(ev("concat('a', 'b', string(1))"), "ab1");
    assert.equal(ev("format('{0}-{1}', parameters('env'), 'x')"), "Prod-x");
    assert.equal(ev("toLower(parameters('env'))"), "prod");
    assert.equal(ev("if(equals(parameters('env'), 'prod'), 'big', 'small')"), "big");
    assert.equal(ev("and(true, not(false), or(false, true()))"), true);
    assert.equal(ev("empty('')"), true);
    assert.equal(ev("contains(parameters('names'), 'b')"), true);
    assert.equal(ev("length(union(parameters('names'), createArray('c')))"), 3);
    assert.deepEqual(ev("createObject('k', 'v')"), { k: "v" });
    assert.equal(ev("parameters('obj').x"), 1);
    assert.equal(ev("parameters('names')[1]"), "b");
    assert.equal(ev("'it''s'"), "it's");
  });

  it("keeps what only a deployment knows unknown, with a canonical reason", () => {
    const u = ev("uniqueString(resourceGroup().id)");
    assert.ok(isUnknown(u));
    assert.equal(u.reason, "uniqueString(resourceGroup().id)");
    const loc = ev("resourceGroup().location");
    assert.ok(isUnknown(loc) && loc.reason === "resourceGroup().location");
    assert.ok(isUnknown(ev("subscription().subscriptionId")));
    assert.ok(isUnknown(ev("reference('x').primaryEndpoints")));
    // An unknown condition with equal branches is still known.
    assert.equal(ev("if(equals(resourceGroup().name, 'x'), 'same', 'same')"), "same");
    assert.equal(ev("and(false, equals(resourceGroup().name, 'x'))"), false);
  });

  it("makes resource ids point at the resource they name", () => {
    const id = ev("resourceId('Microsoft.Sql/servers', 'db1')");
    assert.ok(isUnknown(id));
    assert.deepEqual(id.refs, ["Microsoft.Sql/servers/db1"]);
    const ref = ev("reference(resourceId('Microsoft.Sql/servers', 'db1')).fullyQualifiedDomainName");
    assert.ok(isUnknown(ref) && ref.refs[0] === "Microsoft.Sql/servers/db1");
  });

  it("rejects malformed expressions", () => {
    assert.throws(() => parseExpression("concat('a'"), /expected/);
    assert.throws(() => parseExpression("'open"), /unterminated/);
  });
});

describe("ARM templates", () => {
  it("evaluates parameters, variables, conditions and copy loops", () => {
    const records = load({
      parameters: { prefix: { type: "string", defaultValue: "Shop" }, n: { type: "int", defaultValue: 2 } },
      variables: { base: "[toLower(parameters('prefix'))]" },
      resources: [
        {
          type: "Microsoft.Network/networkSecurityGroups",
          apiVersion: "2023-04-01",
          name: "[concat(variables('base'), '-nsg', copyIndex(1))]",
          copy: { name: "nsgs", count: "[parameters('n')]" },
          properties: {},
        },
        {
          condition: "[equals(parameters('prefix'), 'other')]",
          type: "Microsoft.Network/networkSecurityGroups",
          apiVersion: "2023-04-01",
          name: "never",
        },
      ],
    });
    assert.deepEqual(
      records.map((r) => r.name),
      ["shop-nsg1", "shop-nsg2"],
    );
  });

  it("takes parameter values given for the template over defaults", () => {
    const records = load(
      {
        parameters: { https: { type: "bool", defaultValue: true } },
        resources: [
          {
            type: "Microsoft.Storage/storageAccounts",
            apiVersion: "2023-01-01",
            name: "sa",
            properties: { supportsHttpsTrafficOnly: "[parameters('https')]" },
          },
        ],
      },
      { https: false },
    );
    assert.deepEqual(records[0]!.attrs["properties"], { supportsHttpsTrafficOnly: false });
  });

  it("expands property copy loops", () => {
    const records = load({
      resources: [
        {
          type: "Microsoft.Network/networkSecurityGroups",
          apiVersion: "2023-04-01",
          name: "nsg",
          properties: {
            copy: [
              {
                name: "securityRules",
                count: 2,
                input: {
                  name: "[concat('r', copyIndex('securityRules'))]",
                  properties: { priority: "[add(100, copyIndex('securityRules'))]" },
                },
              },
            ],
          },
        },
      ],
    });
    assert.deepEqual(records[0]!.attrs["properties"], {
      securityRules: [
        { name: "r0", properties: { priority: 100 } },
        { name: "r1", properties: { priority: 101 } },
      ],
    });
  });

  it("names nested children by their parent, and links children to their parents", () => {
    const records = load({
      resources: [
        {
          type: "Microsoft.Sql/servers",
          apiVersion: "2022-05-01-preview",
          name: "[concat('sql-', uniqueString(resourceGroup().id))]",
          properties: {},
          resources: [
            { type: "firewallRules", apiVersion: "2022-05-01-preview", name: "all", properties: {} },
          ],
        },
        {
          type: "Microsoft.Sql/servers/databases",
          apiVersion: "2022-05-01-preview",
          name: "[format('{0}/{1}', concat('sql-', uniqueString(resourceGroup().id)), 'app')]",
          dependsOn: [
            "[resourceId('Microsoft.Sql/servers', concat('sql-', uniqueString(resourceGroup().id)))]",
          ],
          properties: {},
        },
      ],
    });
    const [server, rule, db] = records;
    assert.equal(rule!.native_type, "Microsoft.Sql/servers/firewallRules");
    const parentOf = (r: RawRecord): readonly string[] => {
      const p = r.attrs["$parent"];
      return isUnknown(p) ? p.refs : [];
    };
    assert.ok(parentOf(rule!).includes(server!.address), "nested child");
    assert.ok(parentOf(db!).includes(server!.address), "child through dependsOn");
    assert.equal(rule!.span.start_line > server!.span.start_line, true);
  });

  it("reads languageVersion 2.0 symbolic resources and records property lines", () => {
    const text = `{
  "$schema": "${SCHEMA}",
  "languageVersion": "2.0",
  "contentVersion": "1.0.0.0",
  "resources": {
    "vault": {
      "type": "Microsoft.KeyVault/vaults",
      "apiVersion": "2023-07-01",
      "name": "kv",
      "properties": {
        "enablePurgeProtection": false
      }
    }
  }
}`;
    const r = readArmTemplate(text, "v2.json");
    assert.ok(!("skipped" in r));
    assert.equal(r.records[0]!.span.start_line, 6);
    assert.equal(r.records[0]!.attrSpans["properties.enablePurgeProtection"]?.start_line, 11);
  });

  it("reports invalid JSON and bad expressions with their lines, and keeps going", () => {
    const bad = readArmTemplate(`{\n  "$schema": "${SCHEMA}",\n  "resources": [\n}`, "bad.json");
    assert.ok(!("skipped" in bad));
    assert.equal(bad.errors[0]!.file, "bad.json");
    assert.equal(bad.errors[0]!.line, 4);
    const expr = readArmTemplate(
      JSON.stringify(
        {
          $schema: SCHEMA,
          resources: [
            { type: "Microsoft.Web/sites", name: "[parameters('missing')]", apiVersion: "2023-01-01" },
            { type: "Microsoft.Web/sites", name: "ok", apiVersion: "2023-01-01" },
          ],
        },
        null,
        2,
      ),
      "expr.json",
    );
    assert.ok(!("skipped" in expr));
    assert.match(expr.errors[0]!.message, /parameters\('missing'\) is not declared/);
    assert.equal(expr.errors[0]!.line, 1);
    // The resource is still judged, its name unknown.
    assert.deepEqual(
      expr.records.map((r) => r.name),
      ["[parameters('missing') (not declared)]", "ok"],
    );
    const broken = readArmTemplate(
      JSON.stringify(
        { $schema: SCHEMA, resources: [{ type: "Microsoft.Web/sites", name: "[concat('a']" }] },
        null,
        2,
      ),
      "broken.json",
    );
    assert.ok(!("skipped" in broken));
    assert.match(broken.errors[0]!.message, /expected/);
    assert.equal(broken.errors[0]!.line, 4);
  });

  it("reads the template inside a deployment request body", () => {
    const text = JSON.stringify(
      {
        properties: {
          mode: "Incremental",
          template: {
            $schema: SCHEMA,
            resources: [
              { type: "Microsoft.KeyVault/vaults", apiVersion: "2023-07-01", name: "kv", properties: {} },
            ],
          },
        },
      },
      null,
      2,
    );
    const r = readArmTemplate(text, "deployment.json");
    assert.ok(!("skipped" in r));
    assert.equal(r.records[0]!.name, "kv");
    assert.equal(r.records[0]!.span.start_line, 7);
  });

  it("spells resource types the one known way, whatever the template's case", () => {
    const records = load({
      resources: [
        { type: "microsoft.insights/LOGPROFILES", apiVersion: "2016-03-01", name: "default", properties: {} },
      ],
    });
    assert.equal(records[0]!.native_type, "Microsoft.Insights/logprofiles");
    const modeled = new Set(normalizers.flatMap((n) => n.native_types));
    assert.deepEqual(
      KNOWN_TYPES.filter((t) => !modeled.has(t)),
      [],
      "every known type has a normalizer",
    );
    assert.deepEqual(
      [...modeled].filter((t) => !KNOWN_TYPES.includes(t)),
      [],
      "every normalized type is known",
    );
  });

  it("reads nested deployments: Bicep modules (inner scope) and outer-scope templates", () => {
    const records = load({
      parameters: { tls: { type: "string", defaultValue: "TLS1_0" } },
      resources: [
        {
          type: "Microsoft.Resources/deployments",
          apiVersion: "2022-09-01",
          name: "storage",
          properties: {
            expressionEvaluationOptions: { scope: "inner" },
            mode: "Incremental",
            parameters: { minTls: { value: "[parameters('tls')]" } },
            template: {
              $schema: SCHEMA,
              parameters: { minTls: { type: "string" } },
              resources: [
                {
                  type: "Microsoft.Storage/storageAccounts",
                  apiVersion: "2023-01-01",
                  name: "inner",
                  properties: { minimumTlsVersion: "[parameters('minTls')]" },
                },
              ],
            },
          },
        },
        {
          type: "Microsoft.Resources/deployments",
          apiVersion: "2022-09-01",
          name: "legacy",
          properties: {
            mode: "Incremental",
            template: {
              $schema: SCHEMA,
              resources: [
                {
                  type: "Microsoft.KeyVault/vaults",
                  apiVersion: "2023-07-01",
                  name: "[concat('kv-', parameters('tls'))]",
                },
              ],
            },
          },
        },
      ],
    });
    const inner = records.find((r) => r.native_type === "Microsoft.Storage/storageAccounts")!;
    assert.equal(inner.module, "deployment.storage");
    assert.equal(inner.address, "deployment.storage.Microsoft.Storage/storageAccounts/inner");
    assert.deepEqual(inner.attrs["properties"], { minimumTlsVersion: "TLS1_0" });
    assert.equal(records.find((r) => r.native_type === "Microsoft.KeyVault/vaults")!.name, "kv-TLS1_0");
  });

  it("skips JSON that is not a deployment template", () => {
    const r = readArmTemplate(
      `{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#"}`,
      "p.json",
    );
    assert.ok("skipped" in r);
  });

  it("reads a parameters file beside the template", async () => {
    const dir = mkdtempSync(join(tmpdir(), "parapet-arm-"));
    try {
      writeFileSync(
        join(dir, "main.json"),
        JSON.stringify({
          $schema: SCHEMA,
          metadata: { _generator: { name: "bicep", version: "0.30.23.60470" } },
          parameters: { tls: { type: "string", defaultValue: "TLS1_2" } },
          resources: [
            {
              type: "Microsoft.Storage/storageAccounts",
              apiVersion: "2023-01-01",
              name: "sa",
              properties: { minimumTlsVersion: "[parameters('tls')]" },
            },
          ],
        }),
      );
      writeFileSync(
        join(dir, "main.parameters.json"),
        JSON.stringify({ parameters: { tls: { value: "TLS1_0" } } }),
      );
      const r = await loadArm([join(dir, "main.json")], {
        cwd: dir,
        display: (p) => p,
        roots: [dir],
        terraform: { vars: {}, varFiles: [] },
        cloudformation: { parameters: {} },
      });
      assert.deepEqual(r.errors, []);
      assert.deepEqual(r.records[0]!.attrs["properties"], { minimumTlsVersion: "TLS1_0" });
      assert.equal(r.stats.files["arm"], 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
