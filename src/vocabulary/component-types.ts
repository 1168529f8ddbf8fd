import * as z from "zod/mini";
import { describeValue } from "../formats/describe-value.js";
import { closestTerm, termKey } from "./term-key.js";

/** What kind of thing a component is (CycloneDX component types plus hardware and service kinds). */
export const ComponentTypeSchema = z.enum([
  "device",
  "assembly",
  "board",
  "module",
  "chip",
  "firmware",
  "device-driver",
  "operating-system",
  "platform",
  "application",
  "framework",
  "library",
  "container",
  "file",
  "service",
  "cloud-service",
  "machine-learning-model",
  "data",
  "cryptographic-asset",
  "other",
]);

/** What kind of thing a component is. */
export type ComponentType = z.output<typeof ComponentTypeSchema>;

/**
 * Other words accepted for a component `type`, each read as the type it names (case, spacing,
 * underscores and hyphens do not matter: `Operating System` is `operating-system`). Any other
 * value is refused with the closest type as a "did you mean".
 * @example
 * componentTypeSynonyms.software; // "application"
 */
export const componentTypeSynonyms: Readonly<Record<string, ComponentType>> = {
  software: "application",
  app: "application",
  program: "application",
  executable: "application",
  hardware: "device",
  equipment: "device",
  appliance: "device",
  pcb: "board",
  "circuit-board": "board",
  "printed-circuit-board": "board",
  motherboard: "board",
  "integrated-circuit": "chip",
  ic: "chip",
  chipset: "chip",
  soc: "chip",
  "system-on-chip": "chip",
  processor: "chip",
  microcontroller: "chip",
  driver: "device-driver",
  os: "operating-system",
  lib: "library",
  "software-library": "library",
  "container-image": "container",
  "docker-image": "container",
  "oci-image": "container",
  "web-service": "service",
  api: "service",
  saas: "cloud-service",
  "cloud-application": "cloud-service",
  "ml-model": "machine-learning-model",
  "ai-model": "machine-learning-model",
  dataset: "data",
  "crypto-asset": "cryptographic-asset",
};

const byKey = new Map<string, ComponentType>();
for (const type of ComponentTypeSchema.options) byKey.set(type, type);
for (const [synonym, type] of Object.entries(componentTypeSynonyms)) byKey.set(synonym, type);

/** The component type a value stands for (itself, a spelling of it or a synonym), if any. */
export function readComponentType(value: string): ComponentType | undefined {
  return byKey.get(value) ?? byKey.get(termKey(value));
}

/** Why a value is not a component type, with the closest one. */
function unknownType(value: unknown): string {
  const key = typeof value === "string" ? termKey(value) : "";
  const near = key === "" ? undefined : closestTerm(key, byKey.keys());
  // A "did you mean" only for a slip (a third of the letters at most), not for another word.
  const closest =
    near && near.distance <= Math.max(2, Math.floor(key.length / 3)) ? near.term : undefined;
  const type = closest === undefined ? undefined : byKey.get(closest);
  const hint =
    type === undefined
      ? "."
      : `; did you mean "${type}"${closest === type ? "" : ` ("${closest}")`}?`;
  return `Unknown component type ${describeValue(value)}${hint} Types: ${ComponentTypeSchema.options.join(", ")} (or a synonym listed in componentTypeSynonyms)`;
}

/** A component `type` as given: a type or a synonym, read as the type; else refused with a "did you mean". */
export const ComponentTypeInputSchema = z.pipe(
  z.string({ error: (issue) => unknownType(issue.input) }),
  z.transform((value, ctx) => {
    const type = readComponentType(value);
    if (type !== undefined) return type;
    ctx.issues.push({ code: "custom", input: value, message: unknownType(value) });
    return z.NEVER;
  }),
);
