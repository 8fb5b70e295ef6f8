import { z } from "zod";
const s = z.strictObject({ a: z.enum(["x","y"]), b: z.array(z.strictObject({c: z.number()})).optional() });
const r = s.safeParse({ a: "q", b: [{c: "1", d: 2}], zz: 1 });
console.log(JSON.stringify(r.error?.issues, null, 1));
