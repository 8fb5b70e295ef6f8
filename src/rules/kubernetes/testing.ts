/**
 * Manifests for rule tests. `pod(container, spec)` writes a Pod whose lines are fixed: `spec` is
 * line 6, extra pod-spec lines start at line 7, and the first extra container line is
 * `10 + <pod-spec lines>` (after `containers:`, `- name: app`, `image:`).
 */
export function pod(container = "", spec = "", image = "registry.example.com/shop/app:1.4.2"): string {
  return `apiVersion: v1
kind: Pod
metadata:
  name: app
  namespace: shop
spec:
${indent(spec, 2)}  containers:
    - name: app
      image: ${image}
${indent(container, 6)}`;
}

/** A Deployment with the same container; its first extra container line is `19 + <pod-spec lines>`. */
export function deployment(container = "", spec = "", image = "registry.example.com/shop/app:1.4.2"): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
  namespace: shop
spec:
  replicas: 2
  selector:
    matchLabels:
      app: shop
  template:
    metadata:
      labels:
        app: shop
    spec:
${indent(spec, 6)}      containers:
        - name: app
          image: ${image}
${indent(container, 10)}`;
}

function indent(text: string, n: number): string {
  if (text === "") return "";
  const pad = " ".repeat(n);
  return (
    text
      .replace(/\n$/, "")
      .split("\n")
      .map((l) => (l === "" ? l : pad + l))
      .join("\n") + "\n"
  );
}
