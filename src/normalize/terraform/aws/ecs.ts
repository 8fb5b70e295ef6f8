/**
 * ECS task definitions → `container_task`, judged from the parsed `container_definitions` JSON.
 */
import type { RawRecord } from "../../../model/raw.ts";
import type { Resource } from "../../../model/resource.ts";
import { isUnknown, isValueMap, unknown, type Value, type ValueMap } from "../../../model/value.ts";
import { parsePolicy, ResourceBuilder } from "../../kit.ts";
import type { Normalizer } from "../../registry.ts";
import { secretLikeNames } from "./secret-names.ts";

function containers(v: Value | undefined): ValueMap[] | ReturnType<typeof unknown> {
  const doc = parsePolicy(v);
  if (isUnknown(doc)) return doc;
  if (!Array.isArray(doc)) return unknown("container_definitions is not a JSON list");
  if (doc.some(isUnknown)) return unknown("a container definition is not known");
  return doc.filter(isValueMap);
}

function normalizeTask(record: RawRecord): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "container_task" });
  const at = { attr: "container_definitions" };
  const list = containers(record.attrs["container_definitions"]);
  if (isUnknown(list)) {
    b.set("privileged", list, at).set("read_only_root_fs", list, at).set("env_secret_names", list, at);
  } else {
    const field = (c: ValueMap, k: string): Value => (c[k] === undefined || c[k] === null ? false : c[k]);
    b.set("privileged", anyTrue(list.map((c) => field(c, "privileged"))), at);
    // Root filesystems are writable unless readonlyRootFilesystem is true.
    b.set("read_only_root_fs", allTrue(list.map((c) => field(c, "readonlyRootFilesystem"))), at);
    const vars: ValueMap = {};
    for (const c of list) {
      const env = c["environment"];
      if (!Array.isArray(env)) continue;
      for (const e of env)
        if (isValueMap(e) && typeof e["name"] === "string") vars[e["name"]] = e["value"] ?? null;
    }
    b.set("env_secret_names", secretLikeNames(vars), at);
  }
  // Fargate tasks use awsvpc; EC2 tasks default to bridge.
  b.fromAttr("host_network", "network_mode", false, (v) => v === "host");
  return b.build();
}

function anyTrue(values: Value[]): Value {
  if (values.some((v) => v === true)) return true;
  return values.find(isUnknown) ?? false;
}

function allTrue(values: Value[]): Value {
  if (values.some((v) => v === false)) return false;
  return values.find(isUnknown) ?? values.length > 0;
}

export const normalizers: Normalizer[] = [
  { native_types: ["aws_ecs_task_definition"], normalize: normalizeTask },
];
