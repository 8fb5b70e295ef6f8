/** Kubernetes normalizers, registered by kind (`Deployment`, `ClusterRole`, …). */
import type { Normalizer } from "../registry.ts";
import { normalizers as objects } from "./objects.ts";
import { normalizers as workloads } from "./workload.ts";

export const normalizers: Normalizer[] = [...workloads, ...objects];
