import { readFileSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "../../..");
export const SEED_PLAIN = path.join(ROOT, "seeds/000_ca394f141872c6d8.txt");
export const SEED_TAGGED = path.join(ROOT, "seeds/004_b2e365354e45b9e6.txt");
export const FIXTURES = path.join(ROOT, "tests/fixtures/extraction/articles");

export const read = (file: string) => readFileSync(file, "utf8");
