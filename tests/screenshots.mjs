#!/usr/bin/env node
// `npm run screenshots`: the pictures in docs/ (the README's, docs/a11y/ and the store listing's
// docs/store/), taken from the built extension in real Chromium. It builds, then runs every
// browser test file that takes one (those that call `screenshotPath`) with SCREENSHOTS=1, which
// sends their pictures to docs/ instead of tests/.artifacts/screenshots/. `npm test` never
// writes docs/. Check the new pictures with `git diff --stat docs/` before committing them.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const e2e = join(root, 'tests', 'e2e');
const files = readdirSync(e2e)
  .filter((name) => name.endsWith('.e2e.ts') && readFileSync(join(e2e, name), 'utf8').includes('screenshotPath('))
  .map((name) => `tests/e2e/${name}`);

function run(command, args, env = process.env) {
  console.log(`\n$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('npx', ['--no-install', 'wxt', 'build']);
run('npx', ['--no-install', 'vitest', 'run', '--project', 'browser', ...files], { ...process.env, SCREENSHOTS: '1' });
console.log(`\nThe screenshots of ${files.length} test files are in docs/.`);
