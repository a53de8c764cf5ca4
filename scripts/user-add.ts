/**
 * npm run user:add -- --email wang@example.cn --role admin|editor|viewer
 *                     [--district 500101,…] [--supporter 310000,…] [--name 王工] [--password-stdin]
 *
 * Creates an account on the database of DATABASE_PATH (data/duikou.db by default). Without
 * --password-stdin it prints a generated one-time password; either way the person must choose
 * their own at first sign-in. This is how the first administrator is made: there is no default.
 */
import { z } from "zod";
import { databasePath, openDatabase } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { accountInputSchema } from "../lib/auth/account-input";
import { createAccount } from "../lib/auth/accounts";
import { generateOneTimePassword } from "../lib/auth/one-time-password";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "../lib/auth/password-rules";

const FLAGS = new Set(["--email", "--role", "--district", "--supporter", "--name"]);

function parseArgs(argv: string[]): { values: Record<string, string>; passwordStdin: boolean } {
  const values: Record<string, string> = {};
  let passwordStdin = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--password-stdin") passwordStdin = true;
    else if (FLAGS.has(arg) && argv[i + 1] !== undefined) values[arg.slice(2)] = argv[++i]!;
    else throw new Error(`unknown or incomplete argument: ${arg}`);
  }
  return { values, passwordStdin };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // One line: the password, without its line ending.
  return Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
}

const list = (value: string | undefined) => (value ? value.split(",").map((s) => s.trim()).filter(Boolean) : []);

async function main(): Promise<number> {
  const { values, passwordStdin } = parseArgs(process.argv.slice(2));
  const parsed = accountInputSchema.safeParse({
    email: values.email ?? "",
    name: values.name ?? (values.email ?? "").split("@")[0],
    role: values.role,
    districts: list(values.district),
    supporters: list(values.supporter),
  });
  if (!parsed.success) {
    console.error(`user:add: ${z.prettifyError(parsed.error)}`);
    return 1;
  }
  const password = passwordStdin ? await readStdin() : generateOneTimePassword();
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
    console.error(`user:add: the password must be ${MIN_PASSWORD_LENGTH}–${MAX_PASSWORD_LENGTH} characters long`);
    return 1;
  }
  const db = openDatabase();
  migrateDatabase(db);
  const result = await createAccount(db, parsed.data, password, { id: null, email: "cli:user-add", ip: null });
  db.$client.close();
  if (!result.ok) {
    const e = result.error;
    const why = e.code === "email-taken" ? "an account with this email already exists" : "codes" in e ? `${e.code}: ${e.codes.join(", ")}` : e.code;
    console.error(`user:add: ${why}`);
    return 1;
  }
  console.log(`created ${parsed.data.role} ${parsed.data.email} in ${databasePath()}`);
  if (!passwordStdin) console.log(`one-time password: ${password}\n(shown once; it must be changed at first sign-in)`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`user:add: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
