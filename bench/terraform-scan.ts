/**
 * Terraform scan benchmark: generates a tree of 10,000 resource instances (AWS, Azure and GCP
 * types; variables, locals, references, count, for_each, dynamic blocks and a local module called
 * 500 times), scans it with every built-in rule and prints throughput and peak memory.
 *
 *     node bench/terraform-scan.ts [resources]
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { scanTargets } from "../src/engine/scan.ts";
import { builtinRules } from "../src/rules/index.ts";

const total = Number(process.argv[2] ?? 10_000);
const perModuleInstance = 10;
const moduleInstances = Math.floor(total / 2 / perModuleInstance);
const direct = total - moduleInstances * perModuleInstance;
const perFile = 250;

function directResource(i: number): string {
  switch (i % 5) {
    case 0:
      return `
resource "aws_s3_bucket" "b${i}" {
  bucket = "\${local.prefix}-${i}"
  tags   = merge(local.tags, { Index = "${i}" })
}
resource "aws_s3_bucket_public_access_block" "b${i}" {
  bucket                  = aws_s3_bucket.b${i}.id
  block_public_acls       = var.strict
  restrict_public_buckets = var.strict
}`;
    case 1:
      return `
resource "aws_security_group" "sg${i}" {
  name = "sg-${i}"
  dynamic "ingress" {
    for_each = var.ports
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = [var.cidr]
    }
  }
}`;
    case 2:
      return `
resource "azurerm_storage_account" "sa${i}" {
  name                     = "sa${i}"
  resource_group_name      = "rg"
  location                 = var.location
  account_tier             = "Standard"
  account_replication_type = "LRS"
  min_tls_version          = "TLS1_2"
}`;
    case 3:
      return `
resource "google_storage_bucket" "g${i}" {
  name                        = "\${local.prefix}-g${i}"
  location                    = "EU"
  uniform_bucket_level_access = true
  labels                      = { env = var.env }
}`;
    default:
      return `
resource "google_compute_firewall" "fw${i}" {
  name    = "fw-${i}"
  network = "default"
  allow {
    protocol = "tcp"
    ports    = [for p in var.ports : tostring(p)]
  }
  source_ranges = ["10.0.0.0/8"]
}`;
  }
}

function generate(dir: string): void {
  writeFileSync(
    join(dir, "variables.tf"),
    `
variable "env" { default = "bench" }
variable "strict" { default = true }
variable "ports" { default = [22, 443] }
variable "cidr" { default = "10.0.0.0/8" }
variable "location" { default = "westeurope" }
locals {
  prefix = "parapet-\${var.env}"
  tags   = { Env = var.env, Owner = "bench" }
}
provider "aws" { region = "eu-west-1" }
`,
  );
  // Case 0 writes two blocks (bucket and its companion); the others one.
  let written = 0;
  let file = 0;
  let body = "";
  for (let i = 0; written < direct; i++) {
    body += directResource(i);
    written += i % 5 === 0 ? 2 : 1;
    if (written % perFile < (i % 5 === 0 ? 2 : 1) || written >= direct) {
      writeFileSync(join(dir, `main${file++}.tf`), body);
      body = "";
    }
  }
  const half = Math.floor(moduleInstances / 2);
  const names = Array.from({ length: moduleInstances - half }, (_, i) => `"svc${i}"`).join(", ");
  writeFileSync(
    join(dir, "modules.tf"),
    `
module "counted" {
  source = "./modules/service"
  count  = ${half}
  name   = "c\${count.index}"
  env    = var.env
}
module "keyed" {
  source   = "./modules/service"
  for_each = toset([${names}])
  name     = each.key
  env      = var.env
}
`,
  );
  mkdirSync(join(dir, "modules/service"), { recursive: true });
  writeFileSync(
    join(dir, "modules/service/main.tf"),
    `
variable "name" {}
variable "env" {}
locals { full = "\${var.name}-\${var.env}" }
resource "aws_s3_bucket" "data" { bucket = "\${local.full}-data" }
resource "aws_s3_bucket_versioning" "data" {
  bucket = aws_s3_bucket.data.id
  versioning_configuration { status = "Enabled" }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    apply_server_side_encryption_by_default { sse_algorithm = "aws:kms" }
  }
}
resource "aws_instance" "web" {
  count         = 2
  ami           = "ami-123456"
  instance_type = "t3.micro"
  tags          = { Name = "\${local.full}-\${count.index}" }
}
resource "aws_db_instance" "db" {
  identifier        = "\${local.full}-db"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  storage_encrypted = true
}
resource "azurerm_key_vault" "kv" {
  name                     = "\${local.full}-kv"
  location                 = "westeurope"
  resource_group_name      = "rg"
  tenant_id                = "00000000-0000-0000-0000-000000000000"
  sku_name                 = "standard"
  purge_protection_enabled = true
}
resource "google_sql_database_instance" "sql" {
  name             = "\${local.full}-sql"
  database_version = "POSTGRES_15"
  settings {
    tier = "db-f1-micro"
    ip_configuration { ipv4_enabled = false }
  }
}
resource "google_compute_instance" "vm" {
  name         = "\${local.full}-vm"
  machine_type = "e2-small"
  zone         = "europe-west1-b"
}
resource "aws_kms_key" "key" {
  description         = "\${local.full} data key"
  enable_key_rotation = true
}
output "bucket" { value = aws_s3_bucket.data.bucket }
`,
  );
}

const dir = mkdtempSync(join(tmpdir(), "parapet-bench-"));
try {
  generate(dir);
  const rules = builtinRules();
  // Stage times come from the scan's progress callback; CPU time is reported beside wall time
  // because a shared machine stretches wall time without the scan doing more work.
  const stages = new Map<string, number>();
  let stage = "";
  let mark = performance.now();
  const onProgress = (next: string): void => {
    if (next === stage) return;
    const now = performance.now();
    if (stage) stages.set(stage, (stages.get(stage) ?? 0) + now - mark);
    stage = next;
    mark = now;
  };
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  const out = await scanTargets({ targets: ["."], cwd: dir, rules, onProgress });
  const seconds = (performance.now() - started) / 1000;
  stages.set(stage, (stages.get(stage) ?? 0) + performance.now() - mark);
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const rssMiB = process.resourceUsage().maxRSS / 1024;
  console.log(`terraform files:      ${out.report.summary.files["terraform"] ?? 0}`);
  console.log(`resource instances:   ${total} generated, ${out.resources.length} normalized resources`);
  console.log(
    `rules:                ${rules.length}, ${out.results.length} results, ${out.report.summary.findings} findings`,
  );
  console.log(`errors:               ${out.report.errors.length}`);
  console.log(
    `stages (wall):        ${[...stages].map(([k, v]) => `${k} ${(v / 1000).toFixed(2)} s`).join(", ")}`,
  );
  console.log(`scan time:            ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU`);
  console.log(
    `throughput:           ${Math.round(total / seconds)} resources/s wall, ${Math.round(total / cpuSeconds)} per CPU second`,
  );
  console.log(`peak RSS:             ${rssMiB.toFixed(0)} MiB`);
  if (out.report.errors.length) console.log(out.report.errors.slice(0, 5));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
