/** The IAM policy library: read documents, then judge what they allow. */
export * from "./document.ts";
export * from "./actions.ts";
export * from "./evaluate.ts";
