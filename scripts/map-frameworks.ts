/**
 * Maps the built-in rules onto the controls of the compliance frameworks this script maintains
 * and writes the result into each framework's `rules` lists. The YAML files stay the source of
 * truth that the product reads; this script is how they are kept complete as rules are added:
 *
 *     node scripts/map-frameworks.ts          # rewrite the rules lists
 *     node scripts/map-frameworks.ts --check  # exit 1 when a file is out of date
 *
 * A rule is matched to a control by its category and by the concern its id, title and resource
 * types name (MFA, key rotation, audit trail, backup…). A rule that matches no specific control
 * of a framework falls back to the framework's general "secure configuration" control, so every
 * rule lands somewhere in each framework.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isMap, isSeq, parseDocument, type YAMLMap } from "yaml";
import { builtinRules } from "../src/rules/index.ts";
import type { Rule } from "../src/rules/rule.ts";
import { FRAMEWORKS_DIR } from "../src/frameworks/catalog.ts";

type Pred = (r: Rule) => boolean;

const text = (r: Rule) => `${r.id} ${r.title} ${r.resource_types.join(" ")}`.toLowerCase();
const re =
  (pattern: RegExp): Pred =>
  (r) =>
    pattern.test(text(r));
const cat =
  (...c: Rule["category"][]): Pred =>
  (r) =>
    c.includes(r.category);
const and =
  (...ps: Pred[]): Pred =>
  (r) =>
    ps.every((p) => p(r));
const or =
  (...ps: Pred[]): Pred =>
  (r) =>
    ps.some((p) => p(r));
const not =
  (p: Pred): Pred =>
  (r) =>
    !p(r);

// Concerns, named once and reused across frameworks.
const identity = cat("identity_access");
const mfa = and(identity, re(/\bmfa\b|multi-factor|two-factor|2fa/));
const root = re(/\broot\b/);
const password = re(/password/);
const credentials = and(
  identity,
  re(/access-key|access key|credential|api-key|service-account-key|\bkeys?\b/),
);
const unused = re(/unused|inactive|stale|dormant/);
const privilege = and(
  identity,
  not(password),
  re(/admin|privileg|wildcard|least|full-access|owner|permission|role|polic|\*|star|escalat|assume/),
);
const publicExposure = or(cat("public_exposure"), re(/public|anonymous|all-users|allusers|internet/));
const transit = re(/tls|https|ssl|in-transit|transit|secure-transport|certificate|\bhttp\b|protocol-version/);
const encryption = cat("encryption");
const atRest = or(and(encryption, not(transit)), and(cat("data_protection"), re(/encrypt/)));
const kms = re(/kms|key-rotation|cmk|customer-managed|cmek|key-vault|keyvault|crypto-key/);
const rotation = re(/rotat/);
const logging = cat("logging_monitoring");
const auditTrail = re(/cloudtrail|audit|trail|activity-log|flow-log|access-log|logging|\blogs?\b|log-/);
const monitoring = re(
  /alarm|alert|monitor|guardduty|security-center|defender|config-recorder|metric|security-hub|inspector|threat/,
);
const logIntegrity = re(/validation|integrity|immutable|object-lock|tamper/);
const retention = re(/retention|retain/);
const network = cat("network");
const adminPorts = re(/\bssh\b|\brdp\b|\b22\b|3389|admin-port|management-port|remote-access/);
const ingress = re(/ingress|inbound|0\.0\.0\.0|open|unrestricted|world|ssh|rdp|port/);
const egress = re(/egress|outbound/);
const backup = re(
  /backup|snapshot|versioning|point-in-time|pitr|deletion-protection|multi-az|replica|replication|recovery|soft-delete/,
);
const recovery = re(/recovery|multi-az|replica|replication|point-in-time|pitr|zone-redundan|geo-redundan/);
const vuln = re(/scan|vulnerab|patch|auto-minor|upgrade|outdated|deprecated|end-of-life|runtime-version/);
const patching = re(/patch|auto-minor|upgrade|outdated|deprecated|end-of-life|runtime-version/);
const secrets = re(/secret|hardcoded|hard-coded|plaintext|plain-text/);
const workload = or(
  (r) => r.providers.every((p) => p === "kubernetes"),
  re(/privileged|capabilit|host-network|host-pid|host-ipc|run-as|read-only-root|seccomp|apparmor/),
);
const malware = re(/malware|antivirus|anti-virus|defender|guardduty/);
const metadataService = re(/imds|metadata-service|instance-metadata|hop-limit/);
const waf = re(/\bwaf\b|web-application-firewall|web application firewall/);
const ddos = re(/ddos|shield/);
const dns = re(/\bdns|dnssec/);
const storage = re(/bucket|storage|blob|container-registry|snapshot|file-share/);
const database = re(/database|\bdb\b|rds|sql|cosmos|dynamodb|redshift|bigtable|spanner/);
const suppression = re(/suppression/);
const cost = cat("cost");
const defaults = re(
  /default-(vpc|network|service-account|security-group|account)|default vpc|default network/,
);
const session = re(/session|timeout|logoff/);

interface Mapping {
  file: string;
  /** Control id → the rules it is judged by. */
  controls: Record<string, Pred>;
  /** The general control a rule with no specific match falls back to. */
  fallback: string;
}

const MAPPINGS: Mapping[] = [
  {
    file: "nist-800-53-r5.yaml",
    fallback: "CM-6",
    controls: {
      "AC-2": and(identity, or(unused, root, re(/\buser/))),
      "AC-3": or(publicExposure, privilege),
      "AC-4": network,
      "AC-6": privilege,
      "AC-17": adminPorts,
      "AC-22": and(publicExposure, not(network)),
      "AU-2": and(logging, auditTrail),
      "AU-3": and(logging, re(/log-level|detail|data-event|fields|verbose/)),
      "AU-6": monitoring,
      "AU-9": and(logging, or(logIntegrity, encryption, publicExposure)),
      "AU-11": and(logging, retention),
      "AU-12": and(logging, auditTrail),
      "CA-7": monitoring,
      "CM-7": or(and(network, ingress), workload, metadataService),
      "CM-8": cost,
      "CP-9": backup,
      "CP-10": recovery,
      "IA-2": or(mfa, root),
      "IA-5": or(password, credentials, secrets),
      "RA-5": vuln,
      "RA-7": suppression,
      "SC-5": ddos,
      "SC-7": or(publicExposure, network, waf),
      "SC-8": transit,
      "SC-12": kms,
      "SC-13": encryption,
      "SC-20": dns,
      "SC-28": atRest,
      "SC-39": workload,
      "SI-2": patching,
      "SI-3": malware,
      "SI-4": or(monitoring, re(/flow-log/)),
      "SI-7": logIntegrity,
      "SI-12": retention,
    },
  },
  {
    file: "soc2.yaml",
    fallback: "CC7.1",
    controls: {
      "CC3.2": suppression,
      "CC6.1": or(identity, atRest, kms, publicExposure),
      "CC6.2": and(identity, or(unused, root, re(/\buser/))),
      "CC6.3": privilege,
      "CC6.6": or(network, publicExposure, waf),
      "CC6.7": or(transit, and(publicExposure, re(/bucket|storage|snapshot|share|blob|image|ami/))),
      "CC6.8": or(vuln, workload, malware),
      "CC7.1": vuln,
      "CC7.2": or(logging, monitoring),
      "CC7.3": monitoring,
      "CC9.1": recovery,
      "A1.2": backup,
      "C1.1": or(atRest, and(cat("data_protection"), not(suppression))),
    },
  },
  {
    file: "pci-dss-4.0.yaml",
    fallback: "2.2.1",
    controls: {
      "1.2.1": network,
      "1.2.5": and(network, ingress),
      "1.3.1": and(network, ingress),
      "1.3.2": and(network, egress),
      "1.4.1": network,
      "1.4.2": and(network, ingress),
      "1.4.4": and(publicExposure, or(database, storage)),
      "2.2.2": defaults,
      "2.2.4": or(workload, and(network, adminPorts)),
      "2.2.5": and(transit, re(/insecure|\bhttp\b|telnet|ftp/)),
      "2.2.6": or(metadataService, workload),
      "2.2.7": transit,
      "3.5.1": atRest,
      "3.6.1": kms,
      "3.7.4": and(kms, rotation),
      "4.2.1": transit,
      "5.2.1": malware,
      "6.3.1": vuln,
      "6.3.3": patching,
      "6.4.2": waf,
      "7.2.1": privilege,
      "7.2.2": privilege,
      "7.2.5": and(identity, re(/role|service-account|function|instance-profile|workload|managed-identity/)),
      "7.2.6": and(publicExposure, database),
      "8.2.1": or(root, and(identity, re(/shared|unique/))),
      "8.2.2": and(identity, re(/shared|generic/)),
      "8.2.6": and(identity, unused),
      "8.3.1": and(identity, or(mfa, password, credentials)),
      "8.3.6": password,
      "8.3.7": and(password, re(/reuse|history/)),
      "8.3.9": or(and(password, re(/age|expir|rotat/)), and(credentials, rotation)),
      "8.4.1": mfa,
      "8.4.2": mfa,
      "8.4.3": mfa,
      "8.6.2": secrets,
      "8.6.3": or(secrets, credentials),
      "10.2.1": and(logging, auditTrail),
      "10.2.2": and(logging, re(/log-level|detail|data-event|fields|verbose/)),
      "10.3.1": and(logging, publicExposure),
      "10.3.2": and(logging, or(logIntegrity, encryption)),
      "10.3.4": logIntegrity,
      "10.4.1.1": monitoring,
      "10.5.1": and(logging, retention),
      "10.7.2": and(monitoring, re(/alarm|alert/)),
      "11.3.1": and(vuln, re(/scan/)),
      "11.5.1": re(/guardduty|defender|intrusion|\bids\b|\bips\b|threat|flow-log/),
      "11.5.2": and(logging, re(/config-recorder|change|drift|integrity/)),
      "12.3": suppression,
    },
  },
  {
    file: "hipaa.yaml",
    fallback: "164.308(a)(1)(ii)(B)",
    controls: {
      "164.308(a)(1)(ii)(D)": or(logging, monitoring),
      "164.308(a)(4)(ii)(B)": or(privilege, publicExposure),
      "164.308(a)(4)(ii)(C)": identity,
      "164.308(a)(5)(ii)(B)": or(malware, vuln),
      "164.308(a)(5)(ii)(C)": or(and(logging, re(/login|sign-in|console|auth/)), monitoring),
      "164.308(a)(5)(ii)(D)": or(password, credentials),
      "164.308(a)(7)(ii)(A)": backup,
      "164.308(a)(7)(ii)(B)": recovery,
      "164.310(d)(2)(iv)": backup,
      "164.312(a)(2)(i)": or(root, and(identity, re(/shared|unique/))),
      "164.312(a)(2)(iii)": and(identity, session),
      "164.312(a)(2)(iv)": or(atRest, kms),
      "164.312(b)": logging,
      "164.312(c)(2)": or(logIntegrity, re(/versioning|object-lock/)),
      "164.312(d)": or(mfa, password),
      "164.312(e)(2)(i)": transit,
      "164.312(e)(2)(ii)": transit,
    },
  },
];

function main(): void {
  const check = process.argv.includes("--check");
  const rules = builtinRules();
  let stale = 0;
  for (const m of MAPPINGS) {
    const path = join(FRAMEWORKS_DIR, m.file);
    const before = readFileSync(path, "utf8");
    const doc = parseDocument(before);
    const controls = doc.get("controls");
    if (!isSeq(controls)) throw new Error(`${path}: no controls list`);
    const ids = new Set(controls.items.map((c) => String((c as YAMLMap).get("id"))));
    for (const id of [...Object.keys(m.controls), m.fallback]) {
      if (!ids.has(id))
        throw new Error(`${path}: the mapping names control ${id}, which the file does not list`);
    }
    const assigned = new Map<string, string[]>();
    for (const rule of rules) {
      const hits = Object.entries(m.controls)
        .filter(([, pred]) => pred(rule))
        .map(([id]) => id);
      for (const id of hits.length ? hits : [m.fallback])
        assigned.set(id, [...(assigned.get(id) ?? []), rule.id]);
    }
    for (const item of controls.items) {
      if (!isMap(item)) continue;
      const list = (assigned.get(String(item.get("id"))) ?? []).sort();
      if (list.length === 0) item.delete("rules");
      else {
        const seq = doc.createNode(list);
        item.set("rules", seq);
      }
    }
    const after = doc.toString({ lineWidth: 0 });
    if (after === before) continue;
    stale++;
    if (check)
      process.stderr.write(`${path}: rules lists are out of date; run node scripts/map-frameworks.ts\n`);
    else writeFileSync(path, after);
  }
  if (check && stale) process.exitCode = 1;
}

main();
