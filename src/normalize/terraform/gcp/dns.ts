/** `google_dns_managed_zone` → `dns_zone`. */
import type { RawRecord } from "../../../model/raw.ts";
import { isUnknown, type Value } from "../../../model/value.ts";
import { block, blocks, ResourceBuilder } from "../../kit.ts";
import type { Normalizer } from "../../registry.ts";

function normalizeZone(record: RawRecord) {
  const b = new ResourceBuilder(record, {
    provider: "gcp",
    type: "dns_zone",
    name: String(record.attrs["dns_name"] ?? record.name),
  });
  // Zones are public unless visibility = "private".
  b.fromAttr("private", "visibility", false, (v) =>
    isUnknown(v) ? v : String(v).toLowerCase() === "private",
  );
  const cfg = block(record.attrs, "dnssec_config");
  // DNSSEC is off unless dnssec_config sets state = "on" ("transfer" only serves existing signatures).
  const state = cfg?.["state"];
  if (state === undefined || state === null)
    b.set("dnssec.enabled", false, cfg ? { attr: "dnssec_config" } : undefined);
  else b.set("dnssec.enabled", isUnknown(state) ? state : state === "on", { attr: "dnssec_config.0.state" });
  const specs = cfg ? blocks(cfg, "default_key_specs") : [];
  const algs: Value[] = specs.map((s) =>
    typeof s["algorithm"] === "string" ? s["algorithm"].toLowerCase() : (s["algorithm"] ?? null),
  );
  // Cloud DNS signs with RSASHA256 when no key specs are given.
  b.set(
    "dnssec.algorithms",
    algs.find(isUnknown) ?? (algs.length ? algs : ["rsasha256"]),
    specs.length ? { attr: "dnssec_config.0.default_key_specs" } : undefined,
  );
  return b.build();
}

export const normalizers: Normalizer[] = [
  { native_types: ["google_dns_managed_zone"], normalize: normalizeZone },
];
