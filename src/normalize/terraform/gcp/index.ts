/** Every GCP Terraform normalizer. */
import type { Normalizer } from "../../registry.ts";
import { normalizers as compute } from "./compute.ts";
import { normalizers as data } from "./data.ts";
import { normalizers as dns } from "./dns.ts";
import { normalizers as firewall } from "./firewall.ts";
import { normalizers as gke } from "./gke.ts";
import { normalizers as iam } from "./iam.ts";
import { normalizers as kms } from "./kms.ts";
import { normalizers as logging } from "./logging.ts";
import { normalizers as network } from "./network.ts";
import { normalizers as sql } from "./sql.ts";
import { normalizers as storage } from "./storage.ts";

export const normalizers: Normalizer[] = [
  ...compute,
  ...data,
  ...dns,
  ...firewall,
  ...gke,
  ...iam,
  ...kms,
  ...logging,
  ...network,
  ...sql,
  ...storage,
];
