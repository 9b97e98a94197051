// The pg-boss instance of this process. pg-boss keeps its jobs in its own schema ("pgboss") in
// the same database as the desk, which it creates and migrates on first start.
import { PgBoss } from "pg-boss";
import { sharedPool, sharesOnePool } from "@/lib/db-shared-pool";
import { IMPORT_DEAD_LETTER_QUEUE, IMPORT_QUEUE, importQueueSettings } from "./settings";

export interface ImportJobData {
  entryId: string;
}

const globalForQueue = globalThis as unknown as { claimdeskImportQueue?: Promise<PgBoss> };

/** Started once per process. Every instance also supervises: it finds jobs whose worker died
 * (expired) and puts them back for a retry; pg-boss makes the instances take turns. */
export function getImportQueue(): Promise<PgBoss> {
  globalForQueue.claimdeskImportQueue ??= startImportQueue().catch((error) => {
    globalForQueue.claimdeskImportQueue = undefined; // let the next call try again
    throw error;
  });
  return globalForQueue.claimdeskImportQueue;
}

export async function startImportQueue(options: { connectionString?: string } = {}): Promise<PgBoss> {
  const settings = importQueueSettings();
  const connectionString = options.connectionString ?? process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set.");
  // On the embedded one-connection server the queue runs its SQL through the app's pool.
  const shared = sharesOnePool() && !options.connectionString;
  const connection = shared
    ? { db: { executeSql: (text: string, values?: unknown[]) => sharedPool({ connectionString, max: 1 }).query(text, values) } }
    : { connectionString, max: settings.poolMax };
  const boss = new PgBoss({
    ...connection,
    supervise: true,
    superviseIntervalSeconds: settings.superviseSeconds,
    monitorIntervalSeconds: settings.superviseSeconds,
    schedule: false,
  });
  // Without a listener pg-boss would throw these; a lost connection is retried on its own.
  boss.on("error", (error) => console.error(`[import queue] ${error.message}`));
  await boss.start();
  await ensureQueues(boss);
  return boss;
}

async function ensureQueues(boss: PgBoss): Promise<void> {
  const settings = importQueueSettings();
  if (!(await boss.getQueue(IMPORT_DEAD_LETTER_QUEUE))) await boss.createQueue(IMPORT_DEAD_LETTER_QUEUE).catch(ignoreExists);
  const options = {
    retryLimit: settings.retryLimit,
    retryDelay: settings.retryDelay,
    expireInSeconds: settings.expireInSeconds,
    deadLetter: IMPORT_DEAD_LETTER_QUEUE,
  };
  if (await boss.getQueue(IMPORT_QUEUE)) await boss.updateQueue(IMPORT_QUEUE, options);
  else await boss.createQueue(IMPORT_QUEUE, options).catch(ignoreExists);
}

/** Two processes starting at once may both create the queue; the second finds it there. */
function ignoreExists(error: Error): void {
  if (!/exists/i.test(error.message)) throw error;
}

export async function stopImportQueue(): Promise<void> {
  const queue = globalForQueue.claimdeskImportQueue;
  globalForQueue.claimdeskImportQueue = undefined;
  const boss = await queue?.catch(() => null);
  await boss?.stop({ graceful: true, timeout: 10_000 });
}
