/**
 * The public key that signs vendorgate's bundled policies and the packs its maintainers publish
 * (`policies/release-key.pub`; a test keeps the two equal).
 */
export const releaseKey = "ed25519:8ACO8z0LSO_2e6lt2oA9aA_el_tx6WozgDhEpqy6iQw";
