import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readManifests } from "./index.ts";

const MULTI = `# the shop
apiVersion: v1
kind: Namespace
metadata:
  name: shop
---
# parapet:ignore kubernetes-container-image-pinned-by-digest pinned by the release pipeline
apiVersion: apps/v1
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
---
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: reader
rules: []
`;

describe("kubernetes loader", () => {
  it("reads every document of a multi-document file, with spans and addresses", () => {
    const r = readManifests(MULTI, "k.yaml");
    assert.deepEqual(r.errors, []);
    assert.deepEqual(
      r.records.map((x) => [x.address, x.native_type, x.span.start_line, x.span.end_line]),
      [
        ["Namespace/shop", "Namespace", 2, 5],
        ["Deployment/shop/web", "Deployment", 8, 20],
        ["ClusterRole/reader", "ClusterRole", 23, 27],
      ],
    );
    const dep = r.records[1]!;
    assert.equal(dep.attrSpans["spec.template.spec.containers.0.securityContext.privileged"]?.start_line, 20);
    assert.equal(dep.attrSpans["spec.template.spec.containers.0.image"]?.start_line, 18);
  });

  it("reads suppressions written in the comments above a document", () => {
    const r = readManifests(MULTI, "k.yaml");
    assert.deepEqual(r.records[1]!.suppressions, {
      "kubernetes-container-image-pinned-by-digest": "pinned by the release pipeline",
    });
    assert.deepEqual(r.records[0]!.suppressions, {});
  });

  it("unwraps kind: List and reads JSON", () => {
    const json = `{
  "apiVersion": "v1",
  "kind": "List",
  "items": [
    { "apiVersion": "v1", "kind": "Service", "metadata": { "name": "a" } },
    { "apiVersion": "v1", "kind": "Service",
      "metadata": { "name": "b", "namespace": "x" } }
  ]
}`;
    const r = readManifests(json, "list.json");
    assert.deepEqual(r.errors, []);
    assert.deepEqual(
      r.records.map((x) => [x.address, x.span.start_line]),
      [
        ["Service/default/a", 5],
        ["Service/x/b", 6],
      ],
    );
    assert.equal(r.records[1]!.attrSpans["metadata.namespace"]?.start_line, 7);
  });

  it("reports an invalid document with its line and still reads the others", () => {
    const good = "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ok\n";
    const r = readManifests(
      `${good}---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: [unclosed\n`,
      "bad.yaml",
    );
    assert.deepEqual(
      r.records.map((x) => x.name),
      ["ok"],
    );
    assert.equal(r.errors.length, 1);
    assert.equal(r.errors[0]!.file, "bad.yaml");
    assert.match(r.errors[0]!.message, /invalid YAML/);
    assert.ok((r.errors[0]!.line ?? 0) >= 9);
  });

  it("skips Helm templates with a reason instead of failing on them", () => {
    const r = readManifests(
      "apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\n",
      "svc.yaml",
    );
    assert.deepEqual(r.records, []);
    assert.deepEqual(r.errors, []);
    assert.match(r.skipped ?? "", /helm template/);
  });

  it("skips YAML that holds no Kubernetes object", () => {
    const r = readManifests("name: ci\non: push\n", "workflow.yml");
    assert.match(r.skipped ?? "", /no Kubernetes objects/);
  });

  it("keeps two objects of the same name apart and says so", () => {
    const doc = "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: a\n  namespace: n\n";
    const r = readManifests(`${doc}---\n${doc}`, "dup.yaml");
    assert.deepEqual(
      r.records.map((x) => x.address),
      ["ServiceAccount/n/a", "ServiceAccount/n/a[1]"],
    );
    assert.equal(r.errors.length, 1);
    assert.equal(r.errors[0]!.line, 7);
  });

  it("survives alias bombs", () => {
    const bomb = `a: &a [x, x, x, x, x, x, x, x, x]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]
apiVersion: v1
kind: ConfigMap
`;
    const r = readManifests(bomb, "bomb.yaml");
    assert.equal(r.records.length, 0);
    assert.match(r.errors[0]?.message ?? "", /aliases/);
  });
});
