import { S3Client, CreateBucketCommand, PutBucketAclCommand } from "@aws-sdk/client-s3";
import { startMoto, sdkConfig, TEST_CREDENTIALS } from "./moto.ts";
import { scanAws } from "../../src/sources/aws/live-scan.ts";
const moto = await startMoto();
try {
  const s3 = new S3Client(sdkConfig(moto));
  await s3.send(new CreateBucketCommand({ Bucket: "staging-loans" }));
  await s3.send(new PutBucketAclCommand({ Bucket: "staging-loans", ACL: "public-read" }));
  const out = await scanAws({
    rules: [],
    endpointUrl: moto.endpoint,
    credentials: TEST_CREDENTIALS,
    regions: ["us-east-1"],
  });
  console.log(
    JSON.stringify(
      out.resources.map((r) => ({ uid: r.uid, type: r.type, config: r.config, gaps: r.gaps })),
      null,
      1,
    ),
  );
  console.log(out.report.errors, out.collection.calls);
} finally {
  await moto.stop();
}
