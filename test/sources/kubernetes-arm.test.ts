import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { detectFormat } from "../../src/sources/formats.ts";
import { scanTargets } from "../../src/engine/scan.ts";
import { builtinRules } from "../../src/rules/index.ts";

const MANIFEST = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  template:
    spec:
      containers:
        - name: web
          image: web:1.0
          securityContext:
            privileged: true
`;

/** What `bicep build` writes for a storage account that allows plain HTTP. */
const BICEP_JSON = `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "metadata": {
    "_generator": {
      "name": "bicep",
      "version": "0.30.23.60470",
      "templateHash": "1234567890"
    }
  },
  "parameters": {
    "location": {
      "type": "string",
      "defaultValue": "[resourceGroup().location]"
    }
  },
  "resources": [
    {
      "type": "Microsoft.Storage/storageAccounts",
      "apiVersion": "2023-01-01",
      "name": "[format('st{0}', uniqueString(resourceGroup().id))]",
      "location": "[parameters('location')]",
      "sku": { "name": "Standard_LRS" },
      "kind": "StorageV2",
      "properties": {
        "supportsHttpsTrafficOnly": false,
        "minimumTlsVersion": "TLS1_2"
      }
    }
  ]
}
`;

describe("Kubernetes and ARM in a scanned tree", () => {
  it("detects manifests and ARM templates by content", () => {
    assert.equal(
      detectFormat("deploy/web.yaml", () => MANIFEST),
      "kubernetes",
    );
    assert.equal(
      detectFormat("infra/main.json", () => BICEP_JSON),
      "arm",
    );
    assert.equal(
      detectFormat("infra/main.parameters.json", () => '{"$schema": ".../deploymentParameters.json#"}'),
      undefined,
    );
  });

  it("judges both, points findings at their lines, and lists Helm templates as skipped", async () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), "parapet-k8s-arm-")));
    try {
      const files: Record<string, string> = {
        "k8s/web.yaml": MANIFEST,
        "chart/templates/svc.yaml": "apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\n",
        "infra/main.json": BICEP_JSON,
      };
      for (const [n, t] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, n)), { recursive: true });
        writeFileSync(join(dir, n), t);
      }
      const out = await scanTargets({ targets: ["."], cwd: dir, rules: builtinRules() });
      assert.deepEqual(out.report.errors, []);
      assert.deepEqual(out.report.summary.files, { kubernetes: 1, arm: 1 });
      const skipped = Object.fromEntries((out.report.skipped ?? []).map((s) => [s.file, s.reason]));
      assert.match(skipped["chart/templates/svc.yaml"] ?? "", /helm template/);
      const at = (rule: string) => out.report.findings.find((f) => f.rule_id === rule)?.location;
      assert.deepEqual(at("kubernetes-container-not-privileged"), {
        file: "k8s/web.yaml",
        start_line: 13,
        end_line: 13,
      });
      assert.deepEqual(at("azure-storage-account-https-only"), {
        file: "infra/main.json",
        start_line: 26,
        end_line: 26,
      });
      // TLS 1.2 is written: that rule judged the account and passed it.
      assert.equal(at("azure-storage-account-min-tls-1-2"), undefined);
      assert.ok(
        out.results.some((r) => r.rule.id === "azure-storage-account-min-tls-1-2" && r.status === "pass"),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("folds a site's config child into the site", async () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), "parapet-arm-site-")));
    try {
      const site = (tls: string) =>
        JSON.stringify({
          $schema: "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          resources: [
            {
              type: "Microsoft.Web/sites",
              apiVersion: "2023-01-01",
              name: "shop",
              properties: { httpsOnly: true },
            },
            {
              type: "Microsoft.Web/sites/config",
              apiVersion: "2023-01-01",
              name: "shop/web",
              properties: { minTlsVersion: tls },
            },
          ],
        });
      writeFileSync(join(dir, "old.json"), site("1.0"));
      writeFileSync(join(dir, "new.json"), site("1.2"));
      const out = await scanTargets({ targets: ["."], cwd: dir, rules: builtinRules() });
      assert.deepEqual(out.report.errors, []);
      const tls = out.results.filter((r) => r.rule.id === "azure-app-service-min-tls-1-2");
      assert.deepEqual(tls.map((r) => [r.resource.source.file, r.status]).sort(), [
        ["new.json", "pass"],
        ["old.json", "fail"],
      ]);
      assert.equal(out.resources.filter((r) => r.native_type === "Microsoft.Web/sites/config").length, 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
