/** Vite's `?url` imports: the built (hashed) URL of an asset, as a string. */
declare module "*?url" {
  const url: string;
  export default url;
}
