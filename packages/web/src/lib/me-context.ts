/** The signed-in person, provided once by the guard so pages need not ask again. */
import { createContext, useContext } from "react";
import type { Me } from "../api/contract.js";

/** Set by RequireAccount around every signed-in page. */
export const MeContext = createContext<Me | null>(null);

/** The signed-in person; only call it inside a signed-in page. */
export function useCurrentMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error("useCurrentMe outside a signed-in page");
  return me;
}
