import { describe, it } from "node:test";
import assert from "node:assert/strict";
import type { RawRecord } from "../../../model/raw.ts";
import { isUnknown, unknown } from "../../../model/value.ts";
import { firstAttr, tlsVersion } from "./helpers.ts";
import { admitsInternet, wideOpen } from "./databases.ts";
import { durationDays } from "./key-vault.ts";
import { networkRule } from "./network.ts";
import { scopeLevel } from "./identity.ts";

const record = (attrs: RawRecord["attrs"]): RawRecord => ({
  format: "terraform",
  native_type: "azurerm_managed_disk",
  address: "azurerm_managed_disk.d",
  name: "d",
  mode: "resource",
  root: "/tmp",
  module: "",
  span: { file: "main.tf", start_line: 1, end_line: 5 },
  attrs,
  attrSpans: {},
  suppressions: {},
});

describe("azure normalizer helpers", () => {
  it("reads a nested block written as a map attribute", () => {
    const found = firstAttr(record({ encryption_settings: { enabled: false } }), [
      "encryption_settings.0.enabled",
    ]);
    assert.deepEqual(found, { path: "encryption_settings.enabled", value: false });
    const block = firstAttr(record({ encryption_settings: [{ enabled: true }] }), [
      "encryption_settings.0.enabled",
    ]);
    assert.deepEqual(block, { path: "encryption_settings.0.enabled", value: true });
  });

  it("normalizes TLS versions in every spelling", () => {
    assert.equal(tlsVersion("TLS1_2"), "1.2");
    assert.equal(tlsVersion("1.0"), "1.0");
    assert.equal(tlsVersion(1.1), "1.1");
    assert.equal(tlsVersion("TLSEnforcementDisabled"), "none");
    assert.ok(isUnknown(tlsVersion("latest")));
    assert.ok(isUnknown(tlsVersion(unknown("var"))));
  });

  it("judges firewall ranges", () => {
    assert.equal(admitsInternet("0.0.0.0", "0.0.0.0"), false, "the Azure-services marker");
    assert.equal(admitsInternet("10.0.0.0", "10.0.255.255"), false);
    assert.equal(admitsInternet("203.0.113.7", "203.0.113.7"), true);
    assert.equal(wideOpen("203.0.113.7", "203.0.113.7"), false, "one office address");
    assert.equal(wideOpen("0.0.0.0", "255.255.255.255"), true);
    assert.equal(wideOpen("0.0.0.0", "10.0.27.62"), true);
    assert.equal(admitsInternet("not-an-ip", "1.2.3.4"), undefined);
  });

  it("parses ISO 8601 durations as days", () => {
    assert.equal(durationDays("P90D"), 90);
    assert.equal(durationDays("P1Y"), 365);
    assert.equal(durationDays("P2M"), 60);
    assert.equal(durationDays("P"), undefined);
    assert.equal(durationDays("90 days"), undefined);
  });

  it("maps NSG rules into the common shape", () => {
    const r = networkRule({
      name: "rdp",
      priority: 100,
      direction: "Inbound",
      access: "Allow",
      protocol: "Tcp",
      destination_port_range: "3388-3390, 23000",
      source_address_prefix: "34.15.11.3/0",
    });
    assert.equal(r.direction, "ingress");
    assert.equal(r.action, "allow");
    assert.equal(r.protocol, "tcp");
    assert.deepEqual(r.ports, [
      { from: 3388, to: 3390 },
      { from: 23000, to: 23000 },
    ]);
    assert.deepEqual(r.sources, ["0.0.0.0/0"]);
    const any = networkRule({
      direction: "Inbound",
      access: "Deny",
      protocol: "*",
      destination_port_range: "*",
      source_address_prefix: "Internet",
    });
    assert.deepEqual([any.action, any.protocol, any.ports, any.sources], ["deny", "all", [], ["0.0.0.0/0"]]);
    const noPort = networkRule({
      direction: "Inbound",
      access: "Allow",
      protocol: "Udp",
      source_address_prefix: "*",
    });
    assert.ok(isUnknown(noPort.ports), "a rule without a destination port is not every port");
  });

  it("tells role assignment scopes apart", () => {
    assert.equal(scopeLevel("/subscriptions/0000"), "subscription");
    assert.equal(scopeLevel("/subscriptions/0000/resourceGroups/rg"), "resource_group");
    assert.equal(scopeLevel("/providers/Microsoft.Management/managementGroups/root"), "management_group");
    assert.equal(scopeLevel(unknown("ref", ["data.azurerm_subscription.current"])), "subscription");
    assert.equal(scopeLevel(unknown("ref", ["azurerm_container_registry.acr"])), "resource");
    assert.ok(isUnknown(scopeLevel(unknown("var"))));
  });
});
