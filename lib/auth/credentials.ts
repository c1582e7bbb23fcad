import { z } from "zod";

export const ZCredentialsSchema = z.object({
  email: z.email().max(254).transform((e) => e.toLowerCase()),
  password: z.string().min(1).max(200),
});

/** The email of a sign-in or sign-in-link request, if it is one. */
export const ZSignInEmailSchema = z.object({ email: z.string().trim().max(254).pipe(z.email()).transform((e) => e.toLowerCase()) });
