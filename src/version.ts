import { version as packageVersion } from "../package.json";

/** The version of vendorgate, as stamped on every report. */
export const version: string = packageVersion;
