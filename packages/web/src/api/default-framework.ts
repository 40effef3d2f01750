/** The default framework, in a chunk of its own (parsing it pulls in the YAML reader). */
import { defaultFramework, type Framework } from "@ascent/core";

/** The Technical Leadership Progression as the server starts with it. */
export function loadDefaultFramework(): Framework {
  return defaultFramework();
}
