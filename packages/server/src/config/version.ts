// Replaced at build time by esbuild (scripts/build.mjs) with the root package.json version,
// so `ascent --version` reads no file.
declare const __ASCENT_VERSION__: string | undefined;

/** The version of Ascent this build is. */
export const ASCENT_VERSION: string = typeof __ASCENT_VERSION__ === "string" ? __ASCENT_VERSION__ : "0.0.0-dev";
