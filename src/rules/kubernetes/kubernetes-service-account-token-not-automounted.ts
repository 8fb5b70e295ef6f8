import type { Rule } from "../rule.ts";
import { isUnknown } from "../../model/value.ts";
import { fail, pass, skip, undetermined } from "../rule.ts";
import { q } from "./container-check.ts";

export const kubernetesServiceAccountTokenNotAutomounted: Rule = {
  id: "kubernetes-service-account-token-not-automounted",
  title: "Service account tokens are mounted only where needed",
  severity: "medium",
  category: "identity_access",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_workload", "kubernetes_service_account"],
  rationale:
    "Kubernetes mounts an API token into every pod unless told not to; most applications never call the API, and the token is the first thing an intruder in a container uses.",
  remediation: {
    text: "Set `automountServiceAccountToken: false` on the ServiceAccount (or the pod), and true only for pods that call the API.",
    code: {
      kubernetes: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: shop-api
automountServiceAccountToken: false`,
    },
  },
  auto_remediable: false,
  references: [
    "https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting",
  ],
  check(resource, ctx) {
    const own = resource.config["automount_service_account_token"];
    if (own === undefined) return skip("automount_service_account_token is not expressed by this source");
    if (isUnknown(own)) return undetermined(own.reason);
    if (own === false) return pass();
    if (own === true || resource.type === "kubernetes_service_account")
      return fail(
        `${resource.type === "kubernetes_service_account" ? "Service account" : "Pod of"} ${q(resource.name)} mounts a service account token`,
        "automount_service_account_token",
      );
    // The pod leaves it to its service account: a ServiceAccount in the scan that opts out covers it.
    const sa = resource.config["service_account"];
    const ns = resource.config["namespace"];
    const account = ctx.graph
      .all()
      .find(
        (r) =>
          r.type === "kubernetes_service_account" &&
          r.name === sa &&
          r.config["namespace"] === ns &&
          r.provider === "kubernetes",
      );
    if (account && account.config["automount_service_account_token"] === false) return pass();
    return fail(
      `Pod of ${q(resource.name)} mounts the token of service account ${q(String(sa))}: neither the pod nor the account opts out`,
      "automount_service_account_token",
    );
  },
};
