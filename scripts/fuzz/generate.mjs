// Everything the fuzzer generates, in one import.
export * from "./policies.mjs";
export * from "./products.mjs";
export * from "./values.mjs";
