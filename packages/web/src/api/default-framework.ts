/** The default framework and ingredients, in a chunk of their own (parsing them pulls in the YAML reader). */
import { defaultFramework, defaultIngredients, type Framework, type Ingredient } from "@ascent/core";

/** The Technical Leadership Progression as the server starts with it. */
export function loadDefaultFramework(): Framework {
  return defaultFramework();
}

/** The organisation's Awesome Permission ingredients checklist (the server checks moments against it). */
export function loadIngredients(): readonly Ingredient[] {
  return defaultIngredients();
}
