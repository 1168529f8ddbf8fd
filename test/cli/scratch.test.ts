import { it } from "vitest";
import { createRegistry, evaluate, VendorgateError } from "../../src/index.js";
import { testPolicy } from "../fixtures/policies.js";
const registry = createRegistry({ policies: [testPolicy()] });
it("x", () => {
  const context = { buyer: { sector: "government" as const, jurisdiction: "XX" } };
  for (const p of [{ name: "R", components: [{ manufacturer: "x" }] }, { name: "R", components: [{ name: "A", manufacturer: "Acme", attributes: { canRouteUserData: false } }, { name: "B", manufacturer: "Acme" }] }, []]) {
    try {
      console.log(JSON.stringify(evaluate(p, { registry, policies: ["test-policy"], asOf: "2021-01-01", context }), null, 2));
    } catch (e) { if (e instanceof VendorgateError) console.log(e.message, JSON.stringify(e.issues)); else throw e; }
  }
  console.log(JSON.stringify(evaluate({name:"R", components:[{name:"B", manufacturer:"Acme"}]}, { registry, policies: ["test-policy"], asOf: "2021-01-01", context: {buyer:{sector:"government"}} }), null, 2));
  try { evaluate({name:"x"}, { registry, policies: ["nope"], asOf: "2021-01-01"}); } catch (e) { console.log((e as Error).message, JSON.stringify((e as VendorgateError).issues)); }
  console.log(JSON.stringify(evaluate({name:"x"}, { registry, policies: ["test-policy"], asOf: "2019-01-01"}), null, 2));
});
