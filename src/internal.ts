// What the vendorgate CLI needs from the library beyond its two public entries. Built as
// dist/internal.js beside them (sharing their code), so the CLI runs on the library build instead
// of a copy; not a package entry, and no part of the public API.
export {
  evaluatePrepared,
  type PreparedEvaluation,
  prepareEvaluation,
} from "./engine/evaluate.js";
export { isParsedProduct } from "./engine/parse-product.js";
export { zodIssues } from "./formats/zod-issues.js";
export { parse, safeParse } from "./formats/zod-parse.js";
export { mergeContext } from "./model/context.js";
export { isIsoDate } from "./model/date.js";
export { downloadPack } from "./pack/fetch-pack.js";
export { packInfoOf } from "./pack/verify-pack.js";
export { bundledEntityCatalogue } from "./registry/bundled.js";
export { createRegistryOf } from "./registry/registry.js";
export { releaseKey } from "./registry/release-key.js";
export { documentRenderers, type RenderFormat } from "./render/renderers.js";
