import { createNameCache } from "../names/name-cache.js";
import { closestTerm, termKey } from "./term-key.js";

/** One category of the published vocabulary: the value rules read, and what else is read as it. */
export interface CategoryTerm {
  /** The value rules compare with (`in_category`, `component.categories`). */
  readonly category: string;
  /** What the category covers. */
  readonly description: string;
  /**
   * Other words for it, read as this category. A word listed under two categories is read as
   * both (a home router is a consumer router and telecommunications equipment).
   */
  readonly synonyms: readonly string[];
}

const homeRouters = [
  "home-router",
  "residential-router",
  "wifi-router",
  "wi-fi-router",
  "wireless-router",
  "soho-router",
];

/**
 * The component categories the bundled policies' rules read, each with its synonyms. A
 * component's `categories` are read through it: case, spacing, underscores and hyphens do not
 * matter, a plural `s` is dropped when only the singular is known, and a synonym is read as its
 * category (the report warns `category_synonym`, giving the value as written). A value that is
 * neither is kept as written, with an `unknown_category` warning naming the closest category.
 * @example
 * categoryVocabulary.find((term) => term.synonyms.includes("drone"))?.category; // "uas"
 */
export const categoryVocabulary: readonly CategoryTerm[] = [
  {
    category: "telecommunications-equipment",
    description:
      "Equipment that carries, switches or routes communications: network, radio-access and customer-premises equipment",
    synonyms: [
      "telecommunication-equipment",
      "telecom-equipment",
      "telecoms-equipment",
      "network-equipment",
      "networking-equipment",
      "router",
      "modem",
      "cable-modem",
      "dsl-modem",
      "base-station",
      "cellular-base-station",
      "enodeb",
      "gnodeb",
      "switch",
      "network-switch",
      "ethernet-switch",
      "access-point",
      "wireless-access-point",
      "optical-network-terminal",
      "optical-line-terminal",
      "two-way-radio",
      "land-mobile-radio",
      ...homeRouters,
    ],
  },
  {
    category: "video-surveillance",
    description:
      "Video surveillance equipment and services: cameras, video recorders and their software",
    synonyms: [
      "cctv",
      "cctv-camera",
      "ip-camera",
      "ipcam",
      "network-camera",
      "surveillance-camera",
      "security-camera",
      "dome-camera",
      "ptz-camera",
      "nvr",
      "dvr",
      "network-video-recorder",
      "digital-video-recorder",
      "video-management-system",
      "video-surveillance-system",
    ],
  },
  {
    category: "antivirus",
    description: "Cybersecurity or anti-virus software (an information security product)",
    synonyms: [
      "anti-virus",
      "antimalware",
      "anti-malware",
      "endpoint-protection",
      "endpoint-security",
      "endpoint-detection-and-response",
      "edr",
      "internet-security",
      "virus-scanner",
      "cybersecurity-software",
      "security-software",
      "information-security-product",
    ],
  },
  {
    category: "mobile-app",
    description: "An application for phones and tablets",
    synonyms: ["mobile-application", "smartphone-app", "phone-app", "ios-app", "android-app"],
  },
  {
    category: "ai-service",
    description: "A generative AI application, model or web service",
    synonyms: [
      "ai-application",
      "ai-app",
      "ai-assistant",
      "ai-chatbot",
      "chatbot",
      "generative-ai",
      "genai",
      "llm",
      "large-language-model",
    ],
  },
  {
    category: "uas",
    description: "An unmanned aircraft system (a drone and what flies and controls it)",
    synonyms: [
      "drone",
      "uav",
      "suas",
      "unmanned-aircraft",
      "unmanned-aircraft-system",
      "small-unmanned-aircraft-system",
      "unmanned-aerial-vehicle",
      "unmanned-aerial-system",
      "quadcopter",
      "multicopter",
    ],
  },
  {
    category: "uas-critical-component",
    description:
      "A critical component of an unmanned aircraft system: flight controller, data link, navigation, sensors, cameras, batteries, motors and their software",
    synonyms: [
      "drone-component",
      "drone-critical-component",
      "uav-component",
      "uav-critical-component",
      "uas-component",
      "flight-controller",
    ],
  },
  {
    category: "vehicle-connectivity-system",
    description: "Hardware or software that lets a vehicle communicate outside itself (VCS)",
    synonyms: [
      "vcs",
      "telematics",
      "telematics-unit",
      "telematics-control-unit",
      "tcu",
      "connected-vehicle-system",
    ],
  },
  {
    category: "automated-driving-system",
    description: "Software that drives a vehicle without a human driver (ADS, SAE levels 3 to 5)",
    synonyms: ["automated-driving", "autonomous-driving-system", "self-driving-system"],
  },
  {
    category: "modular-transmitter",
    description: "A radio module certified to be built into other devices",
    synonyms: [
      "radio-module",
      "rf-module",
      "wireless-module",
      "transmitter-module",
      "cellular-module",
      "lte-module",
    ],
  },
  {
    category: "consumer-router",
    description:
      "A consumer-grade router for residential use that the customer can install (NIST IR 8425A)",
    synonyms: homeRouters,
  },
];

const byKey = new Map<string, string[]>();
for (const { category, synonyms } of categoryVocabulary) {
  for (const term of [category, ...synonyms]) {
    const key = termKey(term);
    const known = byKey.get(key) ?? [];
    if (!known.includes(category)) known.push(category);
    byKey.set(key, known);
  }
}
const canonical = new Set(categoryVocabulary.map((term) => term.category));

/** How a category value was read: the categories it stands for, or none when it is unknown. */
export interface CategoryReading {
  readonly categories: readonly string[];
  /** For an unknown value: the known category closest to it, and the term that was closest. */
  readonly closest?: { readonly category: string; readonly term: string };
  /**
   * For an unknown value that is a slip of its closest term (a letter or two off, not another
   * word): the categories that term stands for. Rules asking for one of them cannot tell.
   */
  readonly slipOf?: readonly string[];
}

/** Whether a value is a category of the vocabulary exactly as rules compare it. */
export function isVocabularyCategory(value: string): boolean {
  return canonical.has(value);
}

const readings = createNameCache<CategoryReading>(1_000);

/** Reads one category value through the vocabulary (see `categoryVocabulary`). */
export function readCategory(value: string): CategoryReading {
  if (canonical.has(value)) return { categories: [value] };
  const cached = readings.get(value);
  if (cached) return cached;
  const reading = readUnlisted(value);
  if (value.length <= 200) readings.set(value, reading);
  return reading;
}

function readUnlisted(value: string): CategoryReading {
  const key = termKey(value);
  const known = byKey.get(key) ?? (key.endsWith("s") ? byKey.get(key.slice(0, -1)) : undefined);
  if (known) return { categories: known };
  const closest = closestTerm(key, byKey.keys());
  const term = closest?.term;
  const category = term === undefined ? undefined : byKey.get(term)?.[0];
  if (category === undefined || term === undefined || closest === undefined)
    return { categories: [] };
  // One edit in a short term, two in a term of 8 or more letters: "video survelliance".
  const slip = closest.distance <= Math.min(2, Math.floor(term.length / 4));
  const slipOf = slip ? byKey.get(term) : undefined;
  return { categories: [], closest: { category, term }, ...(slipOf ? { slipOf } : {}) };
}
