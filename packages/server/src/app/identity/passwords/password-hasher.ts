/** Password hashing with argon2id through @node-rs/argon2 (its default algorithm): never hand-rolled. */
import { hash, verify } from "@node-rs/argon2";

/** Hashes and verifies passwords. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /** False for a wrong password or a hash that cannot be read, never a throw. */
  verify(passwordHash: string, password: string): Promise<boolean>;
}

/** argon2id cost parameters. */
export interface Argon2Cost {
  /** KiB of memory per hash. */
  readonly memoryCost: number;
  readonly timeCost: number;
}

/** OWASP's argon2id baseline (19 MiB, 2 passes): the production setting. */
export const PRODUCTION_COST: Argon2Cost = { memoryCost: 19_456, timeCost: 2 };

/** A cheap setting for tests only: still argon2id, still the real library, just fast. */
export const TEST_COST: Argon2Cost = { memoryCost: 1024, timeCost: 1 };

/** An argon2id hasher with the given cost. */
export function argon2idHasher(cost: Argon2Cost = PRODUCTION_COST): PasswordHasher {
  return {
    hash: (password) => hash(password, { memoryCost: cost.memoryCost, timeCost: cost.timeCost }),
    async verify(passwordHash, password) {
      try {
        return await verify(passwordHash, password);
      } catch {
        return false;
      }
    },
  };
}
