/** Schemas of signing in and out. */
import { z } from "zod";
import { emailField, passwordField } from "../common.schema.js";

/** The login form. */
export const loginBodySchema = z.object({ email: emailField, password: passwordField });
