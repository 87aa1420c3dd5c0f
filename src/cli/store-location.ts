/** Where the CLI's knowledge store lives: --db, else SECVAR_DB, else ./secvar.db; opened once per command. */
import { isStoreError, openStore, type Store } from "../store/index.js";
import { CliError } from "./cli-error.js";

/** The store location a command uses. */
export function storeLocation(flag: string | undefined): string | undefined {
  return flag ?? (process.env.SECVAR_DB || undefined);
}

/** Open the store, turning a store problem into a one-line CLI error that names the database. */
export async function openCliStore(flag: string | undefined): Promise<Store> {
  const location = storeLocation(flag);
  try {
    return await openStore(location);
  } catch (e) {
    throw asCliError(e, location);
  }
}

/** A StoreError as a CliError naming the database (passwords in URLs are masked). */
export function asCliError(e: unknown, location: string | undefined): unknown {
  if (!isStoreError(e)) return e;
  const where = (location ?? "./secvar.db").replace(/\/\/([^:/@]+):[^@/]*@/, "//$1:***@");
  // Most store messages already start with the location they concern.
  return new CliError(e.message.startsWith(where) ? e.message : `${where}: ${e.message}`);
}
