/**
 * Lambda runtimes past their deprecation date (no more security patches), from the Lambda
 * runtime deprecation table. Container images and custom runtimes (`provided.al2023`) are not listed.
 */
export const DEPRECATED_LAMBDA_RUNTIMES: ReadonlySet<string> = new Set([
  "nodejs",
  "nodejs4.3",
  "nodejs4.3-edge",
  "nodejs6.10",
  "nodejs8.10",
  "nodejs10.x",
  "nodejs12.x",
  "nodejs14.x",
  "nodejs16.x",
  "python2.7",
  "python3.6",
  "python3.7",
  "python3.8",
  "ruby2.5",
  "ruby2.7",
  "java8",
  "go1.x",
  "dotnetcore1.0",
  "dotnetcore2.0",
  "dotnetcore2.1",
  "dotnetcore3.1",
  "dotnet5.0",
  "dotnet6",
  "provided",
]);
