import type { Party } from "../../model/component.js";

/** A trailing `(email)` or `()` after a party's name. */
const contact = /\s*\(([^()]*@[^()]*)?\)\s*$/;

/**
 * Reads an SPDX `supplier` or `originator`: `"Organization: Acme (ops@acme.example)"` or
 * `"Person: Jane Doe"` gives `{ name, origin }` (the contact in parentheses is dropped);
 * `NOASSERTION` means unknown and gives undefined. Anything else gives an error message.
 */
export function parseSpdxParty(
  value: string | undefined,
  origin: string,
): { party?: Party; problem?: string } {
  const text = value?.trim();
  if (text === undefined || text === "NOASSERTION") return {};
  const match = /^(Organization|Person):(.*)$/.exec(text);
  const name = match?.[2]?.replace(contact, "").trim();
  if (!name) {
    return {
      problem: `Expected "Organization: name", "Person: name" or NOASSERTION, not ${JSON.stringify(text)}`,
    };
  }
  return { party: { name, origin } };
}
