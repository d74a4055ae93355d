import { execFile } from 'node:child_process';
import { expect, test } from 'vitest';
import { FIREFOX_BUILD, ROOT, snapshotBuild } from './helpers';

// Mozilla's add-on linter over the Firefox (MV2) build, as addons.mozilla.org runs it.
// Nothing is built here: `node tests/run.mjs` builds .output/firefox-mv2 first.

interface LintMessage {
  code: string;
  message: string;
  description?: string;
  file?: string;
  line?: number;
  column?: number;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

function webExtLint(sourceDir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      'npx',
      ['--no-install', 'web-ext', 'lint', '--source-dir', sourceDir, '--output', 'json', '--no-input'],
      { cwd: ROOT, timeout: 170_000, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

const describe = (m: LintMessage) =>
  `  ${m.code}: ${m.message}${m.file ? ` (${m.file}${m.line ? `:${m.line}:${m.column ?? 0}` : ''})` : ''}`;

test('the Firefox build passes web-ext lint with no errors', { timeout: 180_000 }, async () => {
  // A snapshot, so a rebuild running meanwhile cannot change files under the linter.
  const build = await snapshotBuild(FIREFOX_BUILD, 'npx wxt build -b firefox');
  const { code, stdout, stderr } = await webExtLint(build.dir).finally(build.remove);
  let report: LintReport;
  try {
    // The JSON is the whole of stdout; be lenient about anything printed before it.
    report = JSON.parse(stdout.slice(stdout.indexOf('{')));
  } catch {
    throw new Error(`web-ext lint did not print a JSON report (exit ${code}).\nstdout:\n${stdout}\nstderr:\n${stderr}`);
  }
  const text = [
    `web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`,
    ...(report.errors.length ? ['errors:', ...report.errors.map(describe)] : []),
    ...(report.warnings.length ? ['warnings:', ...report.warnings.map(describe)] : []),
  ].join('\n');
  if (report.warnings.length) console.log(text);
  expect(report.errors, text).toEqual([]);
  expect(report.summary.errors, text).toBe(0);
});
