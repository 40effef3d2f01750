import { DEFAULT_FRAMEWORK_YAML } from "./default-framework.generated.js";
import type { Framework } from "./framework.types.js";
import { formatFrameworkIssue } from "./framework-issue.js";
import { parseFramework } from "./parse-framework.js";

const FILE_NAME = "default-framework.yaml";

// Parsed once: the text is a build-time constant, and parsing also hashes the content.
let cached: Framework | undefined;

/** The default framework, the Technical Leadership Progression (4 levels × 2 stages), parsed and validated. */
export function defaultFramework(): Framework {
  if (cached) return cached;
  const result = parseFramework(DEFAULT_FRAMEWORK_YAML, { format: "yaml", fileName: FILE_NAME });
  if (!result.ok) {
    // Only a broken edit of default-framework.yaml gets here; the tests guard against shipping one.
    const issues = result.errors.map((issue) => formatFrameworkIssue(issue, FILE_NAME));
    throw new Error(`The default framework is invalid:\n${issues.join("\n")}`);
  }
  cached = result.framework;
  return cached;
}
