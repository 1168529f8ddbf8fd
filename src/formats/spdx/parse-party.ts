import type { Party } from "../../model/component.js";

/** A trailing contact after a party's name: `(email)`, `<email>` or an empty `()`. */
const contact = /\s*(?:\(([^()]*@[^()]*)?\)|<([^<>]*@[^<>]*)?>)\s*$/;

/** What `parseSpdxParty` read. */
export interface SpdxPartyRead {
  party?: Exclude<Party, string>;
  /** Set when the text has no `Organization:` or `Person:` prefix (the whole text is the name). */
  withoutKind?: boolean;
  /** Set when there is no name to read. */
  problem?: string;
}

/**
 * Reads an SPDX `supplier` or `originator` (JSON, tag-value, or an SPDX 3 agent's name):
 * `"Organization: Acme (ops@acme.example)"` gives `{ name: "Acme", kind: "organization",
 * identifiers: { email }, origin }`, `"Person: Jane Doe"` a party of kind `person`;
 * `NOASSERTION` means unknown and gives nothing. Text without a prefix (sbom-tool writes
 * `"Microsoft/GitHub"`, syft `"Georg Brandl <georg@python.org>"`) is a party name of unknown
 * kind, flagged `withoutKind` for the caller to warn about; no kind is guessed.
 */
export function parseSpdxParty(value: string | undefined, origin: string): SpdxPartyRead {
  const text = value?.trim();
  if (text === undefined || text === "" || text === "NOASSERTION") return {};
  const match = /^(Organization|Person):(.*)$/.exec(text);
  const body = match ? (match[2] as string) : text;
  const found = contact.exec(body);
  const name = (found ? body.slice(0, found.index) : body).trim();
  const email = (found?.[1] ?? found?.[2])?.trim();
  if (!name) {
    return {
      problem: `Expected "Organization: name", "Person: name" or NOASSERTION, not ${JSON.stringify(text)}`,
    };
  }
  const party: Exclude<Party, string> = { name, origin };
  if (match?.[1] === "Person") party.kind = "person";
  else if (match?.[1] === "Organization") party.kind = "organization";
  if (email?.includes("@")) party.identifiers = { email };
  return match ? { party } : { party, withoutKind: true };
}
