// Writes dist/policy.schema.json and dist/pack.schema.json, the JSON Schemas of policy documents
// and policy packs, from the zod schema in the
// built package, so editors can validate policy files while they are typed.
import { writeFileSync } from "node:fs";
import { packJsonSchema, policyJsonSchema } from "../dist/maintain.js";
import { scriptArgs } from "./lib/script-args.mjs";

scriptArgs(`Usage: node scripts/write-policy-schema.mjs

Writes dist/policy.schema.json and dist/pack.schema.json from the built package (part of
npm run build).`);

const out = new URL("../dist/policy.schema.json", import.meta.url);
writeFileSync(out, `${JSON.stringify(policyJsonSchema(), null, 2)}\n`);
console.log("wrote dist/policy.schema.json");

const packOut = new URL("../dist/pack.schema.json", import.meta.url);
writeFileSync(packOut, `${JSON.stringify(packJsonSchema(), null, 2)}\n`);
console.log("wrote dist/pack.schema.json");
