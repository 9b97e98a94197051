// npm run users:add -- --email a@b.c --name "A. Editor" --role EDITOR --password '…'
// For admins at the command line; the /admin/users page does the same in the app.
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db";
import { createUser } from "@/lib/users/create-user";
import { createUserSchema } from "@/lib/validation/user";
import { toFailure } from "@/lib/actions/to-failure";

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "EDITOR" }, password: { type: "string" } },
  });
  const parsed = createUserSchema.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`--${issue.path.join(".")}: ${issue.message}`);
    process.exit(2);
  }
  const db = createPrismaClient();
  try {
    const user = await createUser(db, parsed.data, null);
    console.log(`Created ${user.role.toLowerCase()} ${user.email}`);
  } catch (error) {
    console.error(toFailure(error, "users:add").error);
    process.exitCode = 1;
  } finally {
    await db.$disconnect();
  }
}

void main();
