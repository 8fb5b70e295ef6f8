import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { builtinRules } from "../../src/rules/index.ts";
import { complianceIndex, loadFrameworks, parseFramework } from "../../src/frameworks/catalog.ts";
import { frameworkCounts } from "../../src/cli/frameworks-command.ts";

const frameworks = loadFrameworks();
const byId = (id: string) => frameworks.find((f) => f.id === id)!;
const ids = (id: string) => new Set(byId(id).controls.map((c) => c.id));

describe("framework catalog", () => {
  it("maps every built-in rule to at least one control", () => {
    const index = complianceIndex(frameworks);
    const unmapped = builtinRules()
      .map((r) => r.id)
      .filter((id) => !index.has(id));
    assert.deepEqual(unmapped, [], "run node scripts/map-frameworks.ts");
  });

  it("names only rules that exist", () => {
    const known = new Set(builtinRules().map((r) => r.id));
    for (const fw of frameworks) {
      for (const c of fw.controls) {
        for (const r of c.rules) assert.ok(known.has(r), `${fw.id} ${c.id} names unknown rule ${r}`);
      }
    }
  });

  it("lists SOC 2 criteria CC1.1–CC9.2, A1, C1, PI1 and P1–P8", () => {
    const soc2 = ids("soc2");
    for (const c of [
      "CC1.1",
      "CC2.3",
      "CC5.3",
      "CC6.1",
      "CC6.8",
      "CC7.5",
      "CC8.1",
      "CC9.2",
      "A1.3",
      "C1.2",
      "PI1.5",
      "P1.1",
      "P4.3",
      "P6.7",
      "P8.1",
    ])
      assert.ok(soc2.has(c), c);
    assert.equal(byId("soc2").controls.filter((c) => c.id.startsWith("CC")).length, 33);
  });

  it("lists PCI DSS 4.0 requirements 1–12", () => {
    const pci = byId("pci-dss-4.0");
    const top = new Set(pci.controls.map((c) => c.id.split(".")[0]));
    assert.deepEqual(
      [...top].map(Number).sort((a, b) => a - b),
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    );
    for (const c of ["1.3.1", "2.2.7", "3.5.1", "4.2.1", "8.4.2", "10.2.1", "10.5.1"])
      assert.ok(ids("pci-dss-4.0").has(c), c);
  });

  it("lists the HIPAA Security Rule implementation specifications of 164.308–164.316", () => {
    const hipaa = byId("hipaa").controls;
    for (const part of ["164.308", "164.310", "164.312", "164.314", "164.316"])
      assert.ok(
        hipaa.some((c) => c.id.startsWith(part)),
        part,
      );
    assert.ok(ids("hipaa").has("164.312(a)(2)(iv)"));
  });

  it("lists every NIST 800-53 r5 base control of AC, AU, CM, CP, IA, SC, SI, SA, RA, CA with titles", () => {
    const nist = byId("nist-800-53-r5").controls;
    const expected = { AC: 23, AU: 15, CA: 8, CM: 14, CP: 12, IA: 13, RA: 9, SA: 16, SC: 47, SI: 22 };
    for (const [family, n] of Object.entries(expected)) {
      assert.equal(nist.filter((c) => c.id.startsWith(`${family}-`)).length, n, family);
    }
    for (const c of nist) assert.ok(c.title.length > 3, c.id);
    assert.equal(nist.find((c) => c.id === "SC-28")!.title, "Protection of Information at Rest");
  });

  it("counts automated and manual controls", () => {
    const counts = frameworkCounts({
      id: "x",
      name: "X",
      version: "1",
      controls: [
        { id: "a", title: "A", automated: true, rules: ["r"] },
        { id: "b", title: "B", automated: false, rules: [] },
      ],
    });
    assert.deepEqual(counts, { id: "x", name: "X", version: "1", controls: 2, automated: 1, manual: 1 });
  });

  it("reports a malformed framework file at its line", () => {
    assert.throws(
      () => parseFramework("f.yaml", "id: x\ncontrols:\n  - id: a\n    title: A\n  - title: no id\n"),
      /^Error: f\.yaml:5: a control needs an id/,
    );
    assert.throws(
      () => parseFramework("f.yaml", "id: x\ncontrols:\n  - id: a\n  - id: a\n"),
      /f\.yaml:4: control a is listed twice/,
    );
    assert.throws(() => parseFramework("f.yaml", "id: x\ncontrols: [\n"), /^Error: f\.yaml:\d+: /);
    assert.throws(() => parseFramework("f.yaml", "name: x\n"), /f\.yaml:1: a framework needs an id/);
    const fw = parseFramework(
      "f.yaml",
      "id: x\ncontrols:\n  - id: 1.1\n    title: T\n    rules: [r]\n  - id: b\n",
    );
    assert.deepEqual(
      fw.controls.map((c) => [c.id, c.automated]),
      [
        ["1.1", true],
        ["b", false],
      ],
    );
  });
});
