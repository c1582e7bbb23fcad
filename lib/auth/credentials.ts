import { z } from "zod";
import { ZEmailSchema } from "@/lib/validation/email";

export const ZCredentialsSchema = z.object({
  email: ZEmailSchema,
  password: z.string().min(1).max(200),
});

/** The email of a sign-in or sign-in-link request, if it is one. */
export const ZSignInEmailSchema = z.object({ email: ZEmailSchema });
