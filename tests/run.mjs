#!/usr/bin/env node
// `npm test`: type-checks, lints, finds dead code (knip), builds the extension for Chrome and Firefox,
// runs every vitest project (unit tests in happy-dom, the built extension in real Chromium, web-ext
// lint of the Firefox build), and ends with one line: `N passed, N failed` (`, N skipped` when some were skipped).
// Extra arguments go to vitest: `npm test -- --project unit`, `npm test -- -t badge`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM as chromium } from './e2e/chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const report = join(root, 'tests', '.artifacts', 'vitest.json');
// `node tests/run.mjs -- --project unit` works like `npm test -- --project unit`.
const vitestArgs = process.argv.slice(2).filter((arg, i) => !(i === 0 && arg === '--'));

function stop(message) {
  console.error(`\n✖ ${message}`);
  // The run's last line is always the count: a step that stopped it is one failure.
  console.log('0 passed, 1 failed');
  process.exit(1);
}

function run(command, args) {
  console.log(`\n$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (result.error) stop(`Could not start \`${command}\`: ${result.error.message}`);
  return result.status ?? 1;
}

if (!existsSync(join(root, 'node_modules', '.bin', 'vitest'))) {
  stop('The dependencies are not installed. Run `npm ci` first.');
}

// The browser project needs Debian's Chromium; Playwright cannot download browsers here.
const projects = vitestArgs.flatMap((arg, i) =>
  arg === '--project' ? [vitestArgs[i + 1]] : arg.startsWith('--project=') ? [arg.slice('--project='.length)] : [],
);
const browserTestsWanted = projects.length === 0 || projects.some((p) => p && /browser|\*/.test(p));
if (browserTestsWanted && !existsSync(chromium)) {
  stop(
    `Chromium is missing (${chromium}); the browser tests drive the built extension in it.\n` +
      '  Install it (as root):  apt-get install -y chromium firefox-esr fonts-dejavu-core\n' +
      '  or point CHROMIUM_PATH at a Chromium/Chrome binary. (`npx playwright install` cannot download browsers here.)\n' +
      '  To run only the unit tests:  npm test -- --project unit',
  );
}
const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
if (browserTestsWanted && !existsSync(firefox)) {
  stop(
    `Firefox ESR is missing (${firefox}); the browser tests also drive the Firefox build in it.\n` +
      '  Install it (as root):  apt-get install -y firefox-esr\n' +
      '  or point FIREFOX_PATH at a Firefox binary.\n' +
      '  To run only the unit tests:  npm test -- --project unit',
  );
}

// The habits every change keeps: it type-checks, and it passes the linter and the formatter.
if (run('npx', ['--no-install', 'tsc', '--noEmit']) !== 0) {
  stop('The type check failed (`npm run compile`): see the errors above. No tests were run.');
}
if (run('npx', ['--no-install', 'biome', 'check', '.']) !== 0) {
  stop('The lint or format check failed (`npm run lint`; `npm run format` mends the formatting). No tests were run.');
}
// Nothing left behind: no unused file, export or dependency (knip.jsonc names the entry points).
if (run('npx', ['--no-install', 'knip']) !== 0) {
  stop(
    'knip found unused files, exports or dependencies (`npx knip`): remove them, or tell knip.jsonc. No tests were run.',
  );
}

if (run('npx', ['--no-install', 'wxt', 'build']) !== 0) {
  stop('The Chrome build failed (`npx wxt build`): see the errors above. No tests were run.');
}
if (run('npx', ['--no-install', 'wxt', 'build', '-b', 'firefox']) !== 0) {
  stop('The Firefox build failed (`npx wxt build -b firefox`): see the errors above. No tests were run.');
}

mkdirSync(dirname(report), { recursive: true });
rmSync(report, { force: true });
const vitestStatus = run('npx', [
  '--no-install',
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${relative(root, report)}`,
  ...vitestArgs,
]);

if (!existsSync(report)) {
  stop(`vitest exited with ${vitestStatus} and wrote no report (${relative(root, report)}): see its output above.`);
}
const results = JSON.parse(readFileSync(report, 'utf8'));
const passed = results.numPassedTests ?? 0;
const testsFailed = results.numFailedTests ?? 0;
const skipped = (results.numPendingTests ?? 0) + (results.numTodoTests ?? 0);

// A test file that fails to load has no failed test of its own: name it before the summary.
const brokenFiles = (results.testResults ?? []).filter(
  (file) => file.status === 'failed' && (file.assertionResults ?? []).every((t) => t.status !== 'failed'),
);
for (const file of brokenFiles) {
  console.error(`✖ ${relative(root, file.name)} failed outside any test: ${String(file.message ?? '').split('\n')[0]}`);
}
// A file that could not load counts as a failure, so the closing line never reads all green.
const failed = testsFailed + brokenFiles.length;
if (vitestStatus !== 0 && failed === 0) {
  console.error(`✖ vitest exited with status ${vitestStatus}: see its output above.`);
}

console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || vitestStatus !== 0 ? 1 : 0);
