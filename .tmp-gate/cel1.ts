import { Environment } from "@marcbachmann/cel-js";
class U { reason: string; constructor(r: string) { this.reason = r; } }
const env = new Environment({ enableOptionalTypes: true, homogeneousAggregateLiterals: false })
  .registerType("unknown", { ctor: U, fields: {} })
  .registerVariable("resource", "map<string, dyn>");
const tryE = (e: string, ctx: any) => { try { console.log(e, "=>", env.evaluate(e, ctx)); } catch (err) { console.log(e, "=> ERR", (err as Error).message.split("\n")[0]); } };
const ctx = { resource: { raw: { k: new U("x"), n: null, s: "a", l: [new U("y"), 1n] } } };
for (const e of ["resource.raw.k == null", "resource.raw.k != null", "resource.raw.k == 'a'", "resource.raw.k != 'a' && false", "resource.raw.k != 'a' || true", "has(resource.raw.k)", "resource.raw.k.status == 'x'", "size(resource.raw.k) > 0", "resource.raw.l.all(x, x == 1)", "resource.raw.?k.orValue('') != ''", "resource.raw.?zz.orValue('') != ''", "!resource.raw.k", "resource.raw.k in ['a']", "'a' in resource.raw.k", "resource.raw.k ? true : false", "resource.raw.n == null", "resource.raw.s > 'a'", "resource.raw.k > 1", "type(resource.raw.k) == string"]) tryE(e, ctx);
console.log(env.check("resource.raw.k + 1 == 2"));
console.log(env.check("resource.raw.k +"));
