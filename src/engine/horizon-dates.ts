import { firstDay, type IsoDate, isIsoDate, lastDay, nextDay } from "../model/date.js";
import type { HorizonCause } from "../model/horizon.js";
import type { Waiver } from "../model/waiver.js";
import type { CompiledPolicy } from "./compiled-policy.js";

/** An event of the policy data: a day on which a verdict can change, and why. */
export interface DatedCause {
  readonly date: IsoDate;
  readonly cause: HorizonCause;
}

/** Every calendar-date literal inside a condition (`{"<": [{"var": "context.asOf"}, "2027-01-01"]}`). */
function datesIn(value: unknown, out: Set<IsoDate>): void {
  if (typeof value === "string") {
    if (isIsoDate(value)) out.add(value);
  } else if (Array.isArray(value)) {
    for (const item of value) datesIn(item, out);
  } else if (value !== null && typeof value === "object") {
    for (const item of Object.values(value)) datesIn(item, out);
  }
}

/**
 * The days on which a policy version's own data can change a verdict: the version coming into
 * force and ending, its rules starting and ending, its entities' affiliations starting and ending,
 * and dates its conditions compare against (the day itself and the day after).
 */
export function policyEvents(policy: CompiledPolicy): DatedCause[] {
  const ref = { id: policy.id, version: policy.version };
  const name = `${policy.id}@${policy.version}`;
  const { document } = policy;
  const events: DatedCause[] = [];
  const add = (date: IsoDate, cause: Omit<HorizonCause, "policy">) =>
    events.push({ date, cause: { ...cause, policy: ref } });

  add(document.effective.from, {
    kind: "version-in-force",
    description: `${name} comes into force`,
  });
  if (document.effective.until) {
    add(nextDay(document.effective.until), {
      kind: "version-ends",
      description: `${name} ends (last day ${document.effective.until})`,
    });
  }
  for (const rule of document.rules) {
    if (rule.effective?.from) {
      add(rule.effective.from, {
        kind: "rule-starts",
        ruleId: rule.id,
        description: `rule ${rule.id} of ${name} comes into force`,
      });
    }
    if (rule.effective?.until) {
      add(nextDay(rule.effective.until), {
        kind: "rule-ends",
        ruleId: rule.id,
        description: `rule ${rule.id} of ${name} ends (last day ${rule.effective.until})`,
      });
    }
  }
  for (const entity of document.entities) {
    for (const affiliate of entity.affiliates ?? []) {
      if (affiliate.from) {
        add(firstDay(affiliate.from), {
          kind: "affiliation-starts",
          entity: entity.id,
          affiliate: affiliate.name,
          description: `${affiliate.name} becomes an affiliate of ${entity.id}`,
        });
      }
      if (affiliate.until) {
        add(nextDay(lastDay(affiliate.until)), {
          kind: "affiliation-ends",
          entity: entity.id,
          affiliate: affiliate.name,
          description: `${affiliate.name} is no longer an affiliate of ${entity.id} (last day ${lastDay(affiliate.until)})`,
        });
      }
    }
  }
  const dated = new Set<IsoDate>();
  datesIn(document.scope, dated);
  for (const rule of document.rules) {
    datesIn(rule.when, dated);
    for (const exception of rule.unless ?? []) datesIn(exception.when, dated);
  }
  for (const date of dated) {
    for (const day of [date, nextDay(date)]) {
      add(day, {
        kind: "dated-condition",
        description: `a condition of ${name} compares with ${date}`,
      });
    }
  }
  return events;
}

/** The day after each waiver's last day. */
export function waiverEvents(waivers: readonly Waiver[]): DatedCause[] {
  return waivers.map((waiver) => ({
    date: nextDay(waiver.expires),
    cause: {
      kind: "waiver-expires",
      waiver: waiver.id,
      description: `waiver ${waiver.id} expires (last day ${waiver.expires})`,
    },
  }));
}
