/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS file loaded by path, outside any bundler */
// Entry of an extraction worker thread. Plain JavaScript, loaded by path at run time, so it works
// the same under `next start`, tsx scripts and vitest: it registers tsx (a runtime dependency) to
// load the TypeScript extractor from source, the same code every other caller runs.
const { register } = require("tsx/cjs/api");

register();
const { runTask } = require("./tasks.ts");

module.exports = function run(task) {
  return runTask(task);
};
