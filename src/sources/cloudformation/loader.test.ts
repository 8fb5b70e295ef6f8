import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { isUnknown } from "../../model/value.ts";
import { readTemplate } from "./index.ts";

const load = (text: string, params: Record<string, string> = {}) => readTemplate(text, "t.yaml", params);
const attrsOf = (text: string, id: string, params: Record<string, string> = {}) => {
  const r = load(text, params);
  assert.deepEqual(r.errors, []);
  const rec = r.records.find((x) => x.address === id);
  assert.ok(rec, `no record ${id}`);
  return rec.attrs;
};

describe("cloudformation loader: intrinsic functions", () => {
  const tpl = `
Parameters:
  Env: { Type: String, Default: dev }
  Zones: { Type: CommaDelimitedList, Default: "a,b,c" }
  Size: { Type: Number, Default: 8 }
  NoDefault: { Type: String }
Mappings:
  Sizes:
    dev: { disk: 10 }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  NotProd: { "Fn::Not": [{ Condition: IsProd }] }
  Both: !And [!Condition NotProd, !Or [!Equals [a, a], !Equals [a, b]]]
Resources:
  Thing:
    Type: AWS::SQS::Queue
    Properties:
      Short: !Sub "\${Env}-\${AWS::Region}-\${!Literal}"
      Long: { "Fn::Sub": ["\${A}-x", { A: !Ref Env }] }
      Joined: !Join ["-", [a, !Ref Env]]
      Picked: !Select [1, !Ref Zones]
      Split: !Select [2, !Split [",", "x,y,z"]]
      Mapped: !FindInMap [Sizes, !Ref Env, disk]
      Chosen: !If [IsProd, big, small]
      Gone: !If [IsProd, x, !Ref AWS::NoValue]
      Flag: !If [Both, yes, no]
      Encoded: !Base64 "echo hi"
      Zones: !GetAZs ""
      Imported: !ImportValue shared-vpc
      Account: !Ref AWS::AccountId
      Partition: !Ref AWS::Partition
      Number: !Ref Size
      Missing: !Ref NoDefault
      Other: !GetAtt Other.Arn
      OtherLong: { "Fn::GetAtt": [Other, Arn] }
      OtherRef: !Ref Other
  Other:
    Type: AWS::SQS::Queue
  ProdOnly:
    Type: AWS::SQS::Queue
    Condition: IsProd
`;

  it("evaluates short and long forms against parameters, mappings and conditions", () => {
    const a = attrsOf(tpl, "Thing");
    assert.ok(isUnknown(a["Short"]), "AWS::Region is unknown unless given");
    assert.equal(a["Long"], "dev-x");
    assert.equal(a["Joined"], "a-dev");
    assert.equal(a["Picked"], "b");
    assert.equal(a["Split"], "z");
    assert.equal(a["Mapped"], 10);
    assert.equal(a["Chosen"], "small");
    assert.equal("Gone" in a, false, "AWS::NoValue removes the property");
    assert.equal(a["Flag"], "yes");
    assert.equal(a["Encoded"], "echo hi");
    assert.ok(isUnknown(a["Zones"]));
    assert.ok(isUnknown(a["Imported"]));
    assert.ok(isUnknown(a["Account"]));
    assert.equal(a["Partition"], "aws");
    assert.equal(a["Number"], 8);
    assert.ok(isUnknown(a["Missing"]));
    for (const k of ["Other", "OtherLong", "OtherRef"]) {
      const v = a[k];
      assert.ok(isUnknown(v) && v.refs.includes("Other"), `${k} references Other`);
    }
  });

  it("applies --parameter overrides and given pseudo parameters, and conditions decide existence", () => {
    const r = load(tpl, { Env: "prod", "AWS::Region": "eu-west-1" });
    const a = r.records.find((x) => x.address === "Thing")!.attrs;
    assert.equal(a["Short"], "prod-eu-west-1-${Literal}");
    assert.equal(a["Chosen"], "big");
    assert.equal(a["Gone"], "x");
    assert.ok(r.records.some((x) => x.address === "ProdOnly"));
    assert.equal(r.records.find((x) => x.address === "Thing")!.providerConfig?.region, "eu-west-1");
    assert.equal(
      load(tpl).records.some((x) => x.address === "ProdOnly"),
      false,
    );
  });

  it("keeps the lines of resources and nested properties, in YAML and JSON", () => {
    const yaml = load(
      `Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n`,
    );
    const b = yaml.records[0]!;
    assert.deepEqual(b.span, { file: "t.yaml", start_line: 2, end_line: 6 });
    assert.equal(b.attrSpans["VersioningConfiguration.Status"]?.start_line, 6);
    const json = readTemplate(
      `{\n  "Resources": {\n    "B": {\n      "Type": "AWS::S3::Bucket",\n      "Properties": {\n        "Tags": [\n          {"Key": "a", "Value": {"Ref": "AWS::StackName"}}\n        ]\n      }\n    }\n  }\n}\n`,
      "t.json",
      {},
    );
    const j = json.records[0]!;
    assert.equal(j.span.start_line, 3);
    assert.equal(j.attrSpans["Tags.0"]?.start_line, 7);
    assert.ok(isUnknown((j.attrs["Tags"] as { Value: unknown }[])[0]!.Value));
  });

  it("merges SAM Globals into serverless functions", () => {
    const a = attrsOf(
      `Transform: AWS::Serverless-2016-10-31\nGlobals:\n  Function:\n    Runtime: python3.12\n    Environment:\n      Variables: { A: "1" }\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: app.handler\n      Environment:\n        Variables: { B: "2" }\n`,
      "Fn",
    );
    assert.equal(a["Runtime"], "python3.12");
    assert.deepEqual(a["Environment"], { Variables: { A: "1", B: "2" } });
  });

  it("reports bad templates with file and line and never throws", () => {
    const bad = load("Resources:\n  B:\n    Type: [unclosed\n");
    assert.equal(bad.errors[0]?.file, "t.yaml");
    assert.ok((bad.errors[0]?.line ?? 0) >= 3);
    const json = readTemplate('{\n  "Resources": {,}\n}', "t.json", {});
    assert.equal(json.errors[0]?.line, 2);
    const noType = load("Resources:\n  B:\n    Properties: {}\n");
    assert.match(noType.errors[0]!.message, /resource B has no Type/);
    const dangling = load(
      "Resources:\n  B:\n    Type: AWS::SQS::Queue\n    Properties:\n      X: !Ref Nowhere\n",
    );
    assert.match(dangling.errors[0]!.message, /Nowhere/);
    assert.equal(load("Foo: bar\n").skipped, "no Resources section: not a CloudFormation template");
  });
});
