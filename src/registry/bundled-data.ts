// The bundled policies, as the signed pack built from policies/ by `npm run pack:bundled`.
import pack from "../../packs/bundled.json";

/** The bundled pack: entities, policy versions, profiles and test cases, with its signature. */
export const bundledPack: unknown = pack;

/** The bundled entity catalogue. */
export const bundledEntities: readonly unknown[] = pack.entities;

/** Every bundled policy version. */
export const bundledPolicies: readonly unknown[] = pack.policies;

/** The bundled profiles: named sets of policies for kinds of buyer. */
export const bundledProfiles: readonly unknown[] = pack.profiles;
