import { discover, displayPath } from "../src/sources/discover.ts";
import { loadAll } from "../src/sources/index.ts";
const cwd = "/work/main";
const found = discover(["examples/breach-scenarios"], { cwd, exclude: [] });
const l = await loadAll(found.files, { cwd, display: (a) => displayPath(a, cwd), roots: [cwd + "/examples/breach-scenarios"], terraform: { vars: {}, varFiles: [] }, cloudformation: { parameters: {} } });
for (const r of l.records) if (r.module) console.log(r.address, r.module, r.root, JSON.stringify(r.attrs.bucket), (r.attrs.bucket as any)?.refs);
