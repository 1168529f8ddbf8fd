// Writes dist/policy.schema.json, the JSON Schema of policy documents, from the zod schema in the
// built package, so editors can validate policy files while they are typed.
import { writeFileSync } from "node:fs";
import { policyJsonSchema } from "../dist/maintain.js";

const out = new URL("../dist/policy.schema.json", import.meta.url);
writeFileSync(out, `${JSON.stringify(policyJsonSchema(), null, 2)}\n`);
console.log("wrote dist/policy.schema.json");
