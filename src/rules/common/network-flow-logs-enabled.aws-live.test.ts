import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { networkFlowLogsEnabled } from "./network-flow-logs-enabled.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(networkFlowLogsEnabled, {
  fail: [
    {
      name: "no flow logs",
      format: "aws",
      resources: () => live("AWS::EC2::VPC", { VpcId: "vpc-1", IsDefault: false, FlowLogs: [] }),
    },
  ],
  pass: [
    {
      name: "active flow log",
      format: "aws",
      resources: () =>
        live("AWS::EC2::VPC", {
          VpcId: "vpc-1",
          IsDefault: false,
          FlowLogs: [{ FlowLogId: "fl-1", ResourceId: "vpc-1", FlowLogStatus: "ACTIVE" }],
        }),
    },
  ],
});
