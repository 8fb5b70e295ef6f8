/** EC2 instances, launch templates and volumes; Lambda (and SAM) functions; EKS clusters. */
import type { RawRecord } from "../../../model/raw.ts";
import { isUnknown, isValueMap, Unknown } from "../../../model/value.ts";
import { single, tagsOf, Tf, type Translation } from "../translate.ts";

/** Block devices: `[{DeviceName, Ebs: {Encrypted, KmsKeyId}}]` → Terraform's device blocks. */
function devices(t: Tf, cfn: string, tf: (i: number) => string): void {
  const list = t.get(cfn);
  if (!Array.isArray(list)) return;
  list.forEach((d, i) => {
    if (!isValueMap(d) || d["Ebs"] === undefined) return; // instance-store devices are not EBS
    const c = `${cfn}.${i}`;
    t.put(tf(i), {}, c);
    t.copy(`${tf(i)}.device_name`, `${c}.DeviceName`);
    t.copy(`${tf(i)}.encrypted`, `${c}.Ebs.Encrypted`);
    t.copy(`${tf(i)}.kms_key_id`, `${c}.Ebs.KmsKeyId`);
  });
}

function metadataOptions(t: Tf, cfn: string): void {
  if (t.get(cfn) === undefined) return;
  t.put("metadata_options.0", {}, cfn);
  t.copy("metadata_options.0.http_tokens", `${cfn}.HttpTokens`);
  t.copy("metadata_options.0.http_endpoint", `${cfn}.HttpEndpoint`);
}

/** The launch template an instance names, when it is defined in the same template. */
function launchTemplateOf(t: Tf): RawRecord | undefined {
  const ref = t.get("LaunchTemplate.LaunchTemplateId") ?? t.get("LaunchTemplate.LaunchTemplateName");
  return t.index
    .ofType("AWS::EC2::LaunchTemplate")
    .find((lt) =>
      isUnknown(ref)
        ? ref.refs.includes(lt.address)
        : typeof ref === "string" && lt.attrs["LaunchTemplateName"] === ref,
    );
}

const instance = single("AWS::EC2::Instance", "aws_instance", (t) => {
  tagsOf(t);
  t.copy("subnet_id", "SubnetId");
  t.copy("iam_instance_profile", "IamInstanceProfile");
  t.copy("vpc_security_group_ids", "SecurityGroupIds");
  t.copy("security_groups", "SecurityGroups");
  t.copy("user_data", "UserData");
  const nics = t.get("NetworkInterfaces");
  if (Array.isArray(nics) && nics.length > 0) {
    const first = nics[0];
    if (isValueMap(first) && first["AssociatePublicIpAddress"] !== undefined)
      t.copy("associate_public_ip_address", "NetworkInterfaces.0.AssociatePublicIpAddress");
    else t.put("network_interface.0", {}, "NetworkInterfaces");
  }
  devices(t, "BlockDeviceMappings", (i) => `ebs_block_device.${i}`);
  // Instances take their metadata options from a launch template; without one IMDSv1 stays on.
  const lt = launchTemplateOf(t);
  if (lt) {
    const sub = new Tf(lt, t.index);
    metadataOptions(sub, "LaunchTemplateData.MetadataOptions");
    for (const [k, v] of Object.entries(sub.attrs)) t.put(k, v);
    Object.assign(t.spans, sub.spans);
  } else if (t.get("LaunchTemplate") !== undefined) {
    t.put(
      "metadata_options.0.http_tokens",
      new Unknown("the launch template is outside this template"),
      "LaunchTemplate",
    );
  }
});

const launchTemplate = single("AWS::EC2::LaunchTemplate", "aws_launch_template", (t) => {
  t.copy("name", "LaunchTemplateName");
  const d = "LaunchTemplateData";
  metadataOptions(t, `${d}.MetadataOptions`);
  t.copy(
    "network_interfaces.0.associate_public_ip_address",
    `${d}.NetworkInterfaces.0.AssociatePublicIpAddress`,
  );
  t.copy("iam_instance_profile.0.name", `${d}.IamInstanceProfile.Name`);
  t.copy("iam_instance_profile.0.arn", `${d}.IamInstanceProfile.Arn`);
  t.copy("vpc_security_group_ids", `${d}.SecurityGroupIds`);
  t.copy("user_data", `${d}.UserData`);
  devices(t, `${d}.BlockDeviceMappings`, (i) => `block_device_mappings.${i}.ebs.0`);
});

const volume = single("AWS::EC2::Volume", "aws_ebs_volume", (t) => {
  tagsOf(t);
  t.copy("encrypted", "Encrypted");
  t.copy("kms_key_id", "KmsKeyId");
  t.copy("size", "Size");
});

const lambdaCommon = (t: Tf): void => {
  t.copy("function_name", "FunctionName");
  t.copy("runtime", "Runtime");
  t.copy("environment.0.variables", "Environment.Variables");
};

const lambda = single("AWS::Lambda::Function", "aws_lambda_function", (t) => {
  lambdaCommon(t);
  tagsOf(t);
  t.copy("tracing_config.0.mode", "TracingConfig.Mode");
});

/** SAM functions: `Tracing: Active`, tags as a map, and a function URL written inline. */
const samFunction: Translation = {
  cfn: "AWS::Serverless::Function",
  translate: (t) => {
    lambdaCommon(t);
    t.copy("tags", "Tags");
    t.copy("tracing_config.0.mode", "Tracing");
    const out = [{ tf: "aws_lambda_function", attrs: t.attrs, spans: t.spans }];
    if (t.get("FunctionUrlConfig") !== undefined) {
      const url = new Tf(t.src, t.index);
      url.put("function_name", t.self());
      url.copy("authorization_type", "FunctionUrlConfig.AuthType");
      const span = t.spanOf("FunctionUrlConfig");
      out.push({
        tf: "aws_lambda_function_url",
        attrs: url.attrs,
        spans: url.spans,
        ...(span ? { span } : {}),
      });
    }
    return out;
  },
};

const permission = single(
  "AWS::Lambda::Permission",
  "aws_lambda_permission",
  (t) => {
    t.copy("function_name", "FunctionName");
    t.copy("principal", "Principal");
    t.copy("source_arn", "SourceArn");
    t.copy("source_account", "SourceAccount");
    t.copy("principal_org_id", "PrincipalOrgID");
  },
  true,
);

const functionUrl = single(
  "AWS::Lambda::Url",
  "aws_lambda_function_url",
  (t) => {
    t.copy("function_name", "TargetFunctionArn");
    t.copy("authorization_type", "AuthType");
  },
  true,
);

const eks = single("AWS::EKS::Cluster", "aws_eks_cluster", (t) => {
  t.copy("name", "Name");
  const v = "ResourcesVpcConfig";
  t.put("vpc_config.0", {}, v);
  t.copy("vpc_config.0.endpoint_public_access", `${v}.EndpointPublicAccess`);
  t.copy("vpc_config.0.public_access_cidrs", `${v}.PublicAccessCidrs`);
  t.each("EncryptionConfig", "encryption_config", (c, tf) => t.copy(`${tf}.resources`, `${c}.Resources`));
  const types = t.get("Logging.ClusterLogging.EnabledTypes");
  if (Array.isArray(types))
    t.put(
      "enabled_cluster_log_types",
      types.map((x) => (isValueMap(x) ? (x["Type"] ?? null) : x)),
      "Logging.ClusterLogging.EnabledTypes",
    );
});

export const translations: Translation[] = [
  instance,
  launchTemplate,
  volume,
  lambda,
  samFunction,
  permission,
  functionUrl,
  eks,
];
