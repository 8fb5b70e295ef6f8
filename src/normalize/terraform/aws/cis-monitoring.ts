/**
 * The CIS AWS Foundations section 4 monitoring events: a CloudWatch Logs metric filter on the
 * trail's log group whose pattern matches the event, with an alarm on the filter's metric.
 * A pattern is recognised by the event names it must mention, not by exact text, because
 * people write the same filter with different spacing, order and grouping.
 */
export interface MonitoredEvent {
  id: string;
  /** Every group must be matched by at least one of its terms (case-sensitive, as CloudTrail names are). */
  terms: string[][];
}

export const MONITORED_EVENTS: readonly MonitoredEvent[] = [
  { id: "unauthorized_api_calls", terms: [["UnauthorizedOperation", "AccessDenied"]] },
  { id: "console_signin_without_mfa", terms: [["ConsoleLogin"], ["MFAUsed"]] },
  { id: "root_usage", terms: [["userIdentity.type"], ["Root"]] },
  {
    id: "iam_policy_changes",
    terms: [["DeleteRolePolicy"], ["PutRolePolicy"], ["AttachUserPolicy"], ["CreatePolicyVersion"]],
  },
  { id: "cloudtrail_changes", terms: [["CreateTrail"], ["UpdateTrail"], ["DeleteTrail"], ["StopLogging"]] },
  { id: "console_auth_failures", terms: [["ConsoleLogin"], ["Failed authentication"]] },
  { id: "cmk_disable_or_deletion", terms: [["DisableKey"], ["ScheduleKeyDeletion"]] },
  { id: "s3_bucket_policy_changes", terms: [["PutBucketPolicy"], ["DeleteBucketPolicy"]] },
  {
    id: "config_changes",
    terms: [["StopConfigurationRecorder"], ["DeleteDeliveryChannel"], ["PutConfigurationRecorder"]],
  },
  {
    id: "security_group_changes",
    terms: [
      ["AuthorizeSecurityGroupIngress"],
      ["RevokeSecurityGroupIngress"],
      ["CreateSecurityGroup"],
      ["DeleteSecurityGroup"],
    ],
  },
  {
    id: "nacl_changes",
    terms: [["CreateNetworkAcl"], ["DeleteNetworkAclEntry"], ["ReplaceNetworkAclAssociation"]],
  },
  {
    id: "network_gateway_changes",
    terms: [["CreateCustomerGateway"], ["AttachInternetGateway"], ["DeleteInternetGateway"]],
  },
  { id: "route_table_changes", terms: [["CreateRoute"], ["ReplaceRoute"], ["DeleteRouteTable"]] },
  { id: "vpc_changes", terms: [["CreateVpc"], ["DeleteVpc"], ["ModifyVpcAttribute"]] },
  {
    id: "organizations_changes",
    terms: [["organizations.amazonaws.com"], ["CreateAccount", "AcceptHandshake", "LeaveOrganization"]],
  },
];

/** The CIS events a metric filter pattern covers. */
export function eventsMatched(pattern: string): string[] {
  return MONITORED_EVENTS.filter((e) => e.terms.every((group) => group.some((t) => pattern.includes(t)))).map(
    (e) => e.id,
  );
}
