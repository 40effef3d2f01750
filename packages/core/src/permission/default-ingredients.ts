import { parse } from "yaml";
import type { Ingredient } from "../framework/framework.types.js";
import { DEFAULT_INGREDIENTS_YAML } from "./default-ingredients.generated.js";

// Parsed once: the text is a build-time constant, so every caller can share one frozen list.
let cached: readonly Ingredient[] | undefined;

/** The default Awesome Permission ingredients checklist, in display order. */
export function defaultIngredients(): readonly Ingredient[] {
  cached ??= readIngredients(DEFAULT_INGREDIENTS_YAML);
  return cached;
}

/** Reads an `ingredients:` YAML document, throwing one Error that lists every problem found. */
function readIngredients(text: string): readonly Ingredient[] {
  const document: unknown = parse(text);
  const list = isRecord(document) ? document.ingredients : undefined;
  if (!Array.isArray(list) || list.length === 0) {
    throw new Error("default ingredients: `ingredients` must be a non-empty list");
  }
  const problems: string[] = [];
  const seen = new Set<string>();
  const ingredients = list.map((item: unknown, index): Ingredient => {
    const where = `ingredients[${index}]`;
    const field = (name: string): string => {
      const value = isRecord(item) ? item[name] : undefined;
      if (typeof value === "string" && value.trim() !== "") return value.trim();
      problems.push(`${where}.${name}: must be a non-empty string`);
      return "";
    };
    const ingredient = { id: field("id"), label: field("label"), description: field("description") };
    if (ingredient.id !== "" && seen.has(ingredient.id)) problems.push(`${where}.id: "${ingredient.id}" is repeated`);
    seen.add(ingredient.id);
    return Object.freeze(ingredient);
  });
  if (problems.length > 0) throw new Error(`default ingredients are invalid:\n${problems.join("\n")}`);
  return Object.freeze(ingredients);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
