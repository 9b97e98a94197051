import { z } from "zod";
import "./zod-config"; // before any schema is built: no eval under the CSP

export const MAX_PASSWORD_CHARS = 200;

export const signInSchema = z.object({
  email: z.string().trim().min(1, "Enter your email").max(254, "Enter a valid email address").email("Enter a valid email address"),
  // Bounded like the password a user can set (lib/validation/user.ts): hashing a 5 MB "password"
  // took half a second of CPU per attempt.
  password: z.string().min(1, "Enter your password").max(MAX_PASSWORD_CHARS, `A password has at most ${MAX_PASSWORD_CHARS} characters`),
});

export type SignInInput = z.infer<typeof signInSchema>;
