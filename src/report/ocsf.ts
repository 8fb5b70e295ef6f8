/**
 * OCSF Compliance Finding events (class 2003, Findings category 2), one per finding, as a JSON
 * array: the shape security data lakes and SIEMs ingest. Framework ids resolve to their names
 * through the catalog so `compliance.standards` reads as an auditor expects.
 */
import type { Finding } from "../engine/report-model.ts";
import type { Severity } from "../rules/rule.ts";
import { loadFrameworks } from "../frameworks/catalog.ts";
import type { Provider } from "../model/resource.ts";
import type { ReportWriter } from "./writer.ts";
import { fixSnippets } from "./fix-code.ts";

export const OCSF_VERSION = "1.3.0";
const CATEGORY_UID = 2;
const CLASS_UID = 2003;
const ACTIVITY_CREATE = 1;

const SEVERITY_ID: Record<Severity, number> = { info: 1, low: 2, medium: 3, high: 4, critical: 5 };
const SEVERITY_NAME: Record<Severity, string> = {
  info: "Informational",
  low: "Low",
  medium: "Medium",
  high: "High",
  critical: "Critical",
};

const CLOUD: Record<Provider, string> = { aws: "AWS", azure: "Azure", gcp: "GCP", kubernetes: "Kubernetes" };

export const writeOcsf: ReportWriter = (report) => {
  const names = new Map(loadFrameworks().map((fw) => [fw.id, `${fw.name} ${fw.version}`.trim()]));
  const time = Date.parse(report.scan.finished_at);
  const product = { name: "Parapet", vendor_name: "Parapet", version: report.scan.parapet_version };
  const events = report.findings.map((f) => event(f, time, product, names));
  return JSON.stringify(events, null, 2) + "\n";
};

function event(
  f: Finding,
  time: number,
  product: { name: string; vendor_name: string; version: string },
  names: Map<string, string>,
) {
  const muted = f.status === "muted";
  const standards = [...new Set(f.compliance.map((c) => names.get(c.framework) ?? c.framework))];
  return {
    category_uid: CATEGORY_UID,
    category_name: "Findings",
    class_uid: CLASS_UID,
    class_name: "Compliance Finding",
    activity_id: ACTIVITY_CREATE,
    activity_name: "Create",
    type_uid: CLASS_UID * 100 + ACTIVITY_CREATE,
    type_name: "Compliance Finding: Create",
    time,
    severity_id: SEVERITY_ID[f.severity],
    severity: SEVERITY_NAME[f.severity],
    status_id: muted ? 3 : 1,
    status: muted ? "Suppressed" : "New",
    ...(muted && f.muted_reason ? { status_detail: f.muted_reason } : {}),
    message: f.message,
    metadata: { version: OCSF_VERSION, product, uid: f.id, profiles: ["cloud"] },
    finding_info: {
      uid: f.id,
      title: f.title,
      desc: f.message,
      types: [f.category],
      ...(f.location ? { src_url: `${f.location.file}#L${f.location.start_line}` } : {}),
    },
    compliance: {
      // Findings of rules no framework maps are still checks of Parapet's own baseline.
      standards: standards.length > 0 ? standards : ["Parapet built-in rules"],
      control: f.rule_id,
      requirements: f.compliance.map((c) => `${c.framework} ${c.control}`),
      status_id: 3,
      status: "Fail",
    },
    resources: [
      {
        uid: f.resource.uid,
        name: f.resource.name,
        type: f.resource.native_type,
        ...(f.resource.region ? { region: f.resource.region } : {}),
        labels: [f.resource.type],
        ...(Object.keys(f.resource.tags).length
          ? { tags: Object.entries(f.resource.tags).map(([name, value]) => ({ name, value })) }
          : {}),
      },
    ],
    // OCSF has no field for fix code: it follows the remediation text, labelled by format.
    remediation: {
      desc: [
        f.remediation.text,
        ...fixSnippets(f.remediation.code).map((s) => `${s.label}:\n${s.code}`),
      ].join("\n\n"),
    },
    cloud: {
      provider: CLOUD[f.resource.provider],
      ...(f.resource.region ? { region: f.resource.region } : {}),
      ...(f.resource.project ? { account: { uid: f.resource.project } } : {}),
    },
    // Parapet's risk score has no OCSF attribute in this class: it travels as unmapped data.
    unmapped: { parapet_risk_score: f.risk.score },
  };
}
