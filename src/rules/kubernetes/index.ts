import type { Rule } from "../rule.ts";
import { kubernetesClusterAdminNotBound } from "./kubernetes-cluster-admin-not-bound.ts";
import { kubernetesContainerAddsNoDangerousCapabilities } from "./kubernetes-container-adds-no-dangerous-capabilities.ts";
import { kubernetesContainerApparmorProfileSet } from "./kubernetes-container-apparmor-profile-set.ts";
import { kubernetesContainerCpuLimitsSet } from "./kubernetes-container-cpu-limits-set.ts";
import { kubernetesContainerCpuRequestsSet } from "./kubernetes-container-cpu-requests-set.ts";
import { kubernetesContainerDefaultProcMount } from "./kubernetes-container-default-proc-mount.ts";
import { kubernetesContainerDisallowsPrivilegeEscalation } from "./kubernetes-container-disallows-privilege-escalation.ts";
import { kubernetesContainerDropsAllCapabilities } from "./kubernetes-container-drops-all-capabilities.ts";
import { kubernetesContainerDropsNetRaw } from "./kubernetes-container-drops-net-raw.ts";
import { kubernetesContainerImagePinnedByDigest } from "./kubernetes-container-image-pinned-by-digest.ts";
import { kubernetesContainerImagePullPolicyAlways } from "./kubernetes-container-image-pull-policy-always.ts";
import { kubernetesContainerImageTagNotLatest } from "./kubernetes-container-image-tag-not-latest.ts";
import { kubernetesContainerLivenessProbeSet } from "./kubernetes-container-liveness-probe-set.ts";
import { kubernetesContainerMemoryLimitsSet } from "./kubernetes-container-memory-limits-set.ts";
import { kubernetesContainerMemoryRequestsSet } from "./kubernetes-container-memory-requests-set.ts";
import { kubernetesContainerNoCustomSelinuxOptions } from "./kubernetes-container-no-custom-selinux-options.ts";
import { kubernetesContainerNoHostPorts } from "./kubernetes-container-no-host-ports.ts";
import { kubernetesContainerNoSecretsInEnv } from "./kubernetes-container-no-secrets-in-env.ts";
import { kubernetesContainerNotPrivileged } from "./kubernetes-container-not-privileged.ts";
import { kubernetesContainerNotRunAsUid0 } from "./kubernetes-container-not-run-as-uid-0.ts";
import { kubernetesContainerNotWindowsHostProcess } from "./kubernetes-container-not-windows-host-process.ts";
import { kubernetesContainerReadOnlyRootFilesystem } from "./kubernetes-container-read-only-root-filesystem.ts";
import { kubernetesContainerReadinessProbeSet } from "./kubernetes-container-readiness-probe-set.ts";
import { kubernetesContainerRunsAsNonRoot } from "./kubernetes-container-runs-as-non-root.ts";
import { kubernetesContainerRunsWithHighUid } from "./kubernetes-container-runs-with-high-uid.ts";
import { kubernetesContainerSeccompProfileSet } from "./kubernetes-container-seccomp-profile-set.ts";
import { kubernetesContainerSecretsMountedAsFiles } from "./kubernetes-container-secrets-mounted-as-files.ts";
import { kubernetesIngressUsesTls } from "./kubernetes-ingress-uses-tls.ts";
import { kubernetesNamespaceEnforcesPodSecurity } from "./kubernetes-namespace-enforces-pod-security.ts";
import { kubernetesPodNoHostIpc } from "./kubernetes-pod-no-host-ipc.ts";
import { kubernetesPodNoHostNetwork } from "./kubernetes-pod-no-host-network.ts";
import { kubernetesPodNoHostPathVolumes } from "./kubernetes-pod-no-host-path-volumes.ts";
import { kubernetesPodNoHostPid } from "./kubernetes-pod-no-host-pid.ts";
import { kubernetesPodNoSensitiveHostPath } from "./kubernetes-pod-no-sensitive-host-path.ts";
import { kubernetesPodNoUnsafeSysctls } from "./kubernetes-pod-no-unsafe-sysctls.ts";
import { kubernetesPodUsesDedicatedServiceAccount } from "./kubernetes-pod-uses-dedicated-service-account.ts";
import { kubernetesPodUsesRestrictedVolumeTypes } from "./kubernetes-pod-uses-restricted-volume-types.ts";
import { kubernetesRbacNoEscalationVerbs } from "./kubernetes-rbac-no-escalation-verbs.ts";
import { kubernetesRbacNoWildcards } from "./kubernetes-rbac-no-wildcards.ts";
import { kubernetesRbacNotBoundToDefaultServiceAccount } from "./kubernetes-rbac-not-bound-to-default-service-account.ts";
import { kubernetesRbacRestrictsPodCreation } from "./kubernetes-rbac-restricts-pod-creation.ts";
import { kubernetesRbacRestrictsPodExec } from "./kubernetes-rbac-restricts-pod-exec.ts";
import { kubernetesRbacRestrictsSecretAccess } from "./kubernetes-rbac-restricts-secret-access.ts";
import { kubernetesResourceNotInDefaultNamespace } from "./kubernetes-resource-not-in-default-namespace.ts";
import { kubernetesServiceAccountTokenNotAutomounted } from "./kubernetes-service-account-token-not-automounted.ts";
import { kubernetesServiceNotNodePort } from "./kubernetes-service-not-node-port.ts";
import { kubernetesServiceNotPublicLoadBalancer } from "./kubernetes-service-not-public-load-balancer.ts";
import { kubernetesTillerNotDeployed } from "./kubernetes-tiller-not-deployed.ts";
import { kubernetesWorkloadCoveredByNetworkPolicy } from "./kubernetes-workload-covered-by-network-policy.ts";

export const rules: Rule[] = [
  kubernetesClusterAdminNotBound,
  kubernetesContainerAddsNoDangerousCapabilities,
  kubernetesContainerApparmorProfileSet,
  kubernetesContainerCpuLimitsSet,
  kubernetesContainerCpuRequestsSet,
  kubernetesContainerDefaultProcMount,
  kubernetesContainerDisallowsPrivilegeEscalation,
  kubernetesContainerDropsAllCapabilities,
  kubernetesContainerDropsNetRaw,
  kubernetesContainerImagePinnedByDigest,
  kubernetesContainerImagePullPolicyAlways,
  kubernetesContainerImageTagNotLatest,
  kubernetesContainerLivenessProbeSet,
  kubernetesContainerMemoryLimitsSet,
  kubernetesContainerMemoryRequestsSet,
  kubernetesContainerNoCustomSelinuxOptions,
  kubernetesContainerNoHostPorts,
  kubernetesContainerNoSecretsInEnv,
  kubernetesContainerNotPrivileged,
  kubernetesContainerNotRunAsUid0,
  kubernetesContainerNotWindowsHostProcess,
  kubernetesContainerReadOnlyRootFilesystem,
  kubernetesContainerReadinessProbeSet,
  kubernetesContainerRunsAsNonRoot,
  kubernetesContainerRunsWithHighUid,
  kubernetesContainerSeccompProfileSet,
  kubernetesContainerSecretsMountedAsFiles,
  kubernetesIngressUsesTls,
  kubernetesNamespaceEnforcesPodSecurity,
  kubernetesPodNoHostIpc,
  kubernetesPodNoHostNetwork,
  kubernetesPodNoHostPathVolumes,
  kubernetesPodNoHostPid,
  kubernetesPodNoSensitiveHostPath,
  kubernetesPodNoUnsafeSysctls,
  kubernetesPodUsesDedicatedServiceAccount,
  kubernetesPodUsesRestrictedVolumeTypes,
  kubernetesRbacNoEscalationVerbs,
  kubernetesRbacNoWildcards,
  kubernetesRbacNotBoundToDefaultServiceAccount,
  kubernetesRbacRestrictsPodCreation,
  kubernetesRbacRestrictsPodExec,
  kubernetesRbacRestrictsSecretAccess,
  kubernetesResourceNotInDefaultNamespace,
  kubernetesServiceAccountTokenNotAutomounted,
  kubernetesServiceNotNodePort,
  kubernetesServiceNotPublicLoadBalancer,
  kubernetesTillerNotDeployed,
  kubernetesWorkloadCoveredByNetworkPolicy,
];
