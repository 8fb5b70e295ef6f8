import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { awsEksControlPlaneAuditLoggingEnabled } from "./aws-eks-control-plane-audit-logging-enabled.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(awsEksControlPlaneAuditLoggingEnabled, {
  fail: [
    {
      name: "logging off",
      format: "aws",
      resources: () =>
        live("AWS::EKS::Cluster", {
          name: "prod",
          arn: "arn:aws:eks:us-east-1:111122223333:cluster/prod",
          resourcesVpcConfig: {
            endpointPublicAccess: false,
            endpointPrivateAccess: true,
            publicAccessCidrs: [],
          },
          encryptionConfig: [
            {
              resources: ["secrets"],
              provider: {
                keyArn: "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
              },
            },
          ],
          logging: { clusterLogging: [{ types: ["api", "audit"], enabled: false }] },
        }),
    },
  ],
  pass: [
    {
      name: "audit on",
      format: "aws",
      resources: () =>
        live("AWS::EKS::Cluster", {
          name: "prod",
          arn: "arn:aws:eks:us-east-1:111122223333:cluster/prod",
          resourcesVpcConfig: {
            endpointPublicAccess: false,
            endpointPrivateAccess: true,
            publicAccessCidrs: [],
          },
          encryptionConfig: [
            {
              resources: ["secrets"],
              provider: {
                keyArn: "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
              },
            },
          ],
          logging: { clusterLogging: [{ types: ["api", "audit", "authenticator"], enabled: true }] },
        }),
    },
  ],
});
