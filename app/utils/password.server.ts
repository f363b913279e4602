import { hash, verify, type Options } from "@node-rs/argon2";

// OWASP's minimum for Argon2id: 19 MiB of memory, 2 iterations, 1 degree of parallelism.
// 2 is Algorithm.Argon2id: the package exports a const enum, which isolated modules cannot read.
const argon2idOptions: Options = {
  algorithm: 2 as Options["algorithm"],
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export function hashPassword(password: string) {
  return hash(password, argon2idOptions);
}

export async function verifyPassword(passwordHash: string | null, password: string) {
  // Verify against a throwaway hash when the account has none, so timing does not reveal it.
  const target = passwordHash ?? (await dummyHash());
  const ok = await verify(target, password).catch(() => false);
  return passwordHash !== null && ok;
}

let dummy: Promise<string> | undefined;
function dummyHash() {
  dummy ??= hashPassword("quote-part-no-password");
  return dummy;
}
