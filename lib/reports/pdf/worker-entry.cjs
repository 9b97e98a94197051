/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS file loaded by path, outside any bundler */
// Entry of a PDF report thread. Plain JavaScript, loaded by path at run time, so it works the same
// under `next start`, tsx scripts and vitest: it registers tsx (a runtime dependency) to load the
// TypeScript drawing code from source, as the extraction threads do.
const { register } = require("tsx/cjs/api");

register();
require("./pdf-thread.ts");
