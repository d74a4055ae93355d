import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

/**
 * The layout's rules (layers point down, no import cycle) are Biome's, configured in biome.jsonc
 * and run by `npm test`. These run the project's own configuration on a tiny tree of files, so a
 * change to biome.jsonc that drops a rule fails here, not months later in review.
 */

const root = join(__dirname, '..');
const biome = join(root, 'node_modules', '.bin', 'biome');
let tree: string | undefined;

/** The root tsconfig.json's compiler options (its comments are whole lines). */
const rootOptions = () =>
  JSON.parse(
    readFileSync(join(root, 'tsconfig.json'), 'utf8')
      .split('\n')
      .filter((line) => !line.trim().startsWith('//'))
      .join('\n'),
  ).compilerOptions;

afterEach(() => {
  if (tree) rmSync(tree, { recursive: true, force: true });
  tree = undefined;
});

/** The rules Biome reports on a tree of `files`, as `rule file` lines, under the project's biome.jsonc. */
function lint(files: Record<string, string>): string[] {
  tree = mkdtempSync(join(tmpdir(), 'green-office-layout-'));
  writeFileSync(
    join(tree, 'biome.json'),
    JSON.stringify({ extends: [join(root, 'biome.jsonc')], vcs: { enabled: false } }),
  );
  // A project as Biome finds one: the `@/` alias read from the root tsconfig.json's own paths.
  writeFileSync(join(tree, 'package.json'), JSON.stringify({ name: 'layout-fixture', type: 'module' }));
  writeFileSync(join(tree, 'tsconfig.json'), JSON.stringify({ compilerOptions: { paths: rootOptions().paths } }));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(tree, path)), { recursive: true });
    writeFileSync(join(tree, path), text);
  }
  const run = spawnSync(biome, ['lint', '--reporter=github', '.'], { cwd: tree, encoding: 'utf8' });
  // A Biome that did not start would find nothing: a clean tree must be a real run's verdict.
  expect(run.error).toBeUndefined();
  expect(run.status === 0 || run.status === 1).toBe(true);
  const found = [...`${run.stdout}${run.stderr}`.matchAll(/^::error title=lint\/([\w/]+),file=([^,]+),/gm)];
  return found.map(([, rule, file]) => `${rule} ${relative(tree!, file!)}`).sort();
}

describe('the layout the linter keeps', () => {
  it('refuses an import from storage/ up to components/ or entrypoints/', () => {
    expect(
      lint({
        'components/words.ts': "export const words = 'kept';\n",
        'entrypoints/popup/page.ts': "export const page = 'popup';\n",
        'storage/badge.ts': "import { words } from '@/components/words';\nexport const badge = () => words;\n",
        'storage/popup.ts': "import { page } from '@/entrypoints/popup/page';\nexport const popup = () => page;\n",
      }),
    ).toEqual(['style/noRestrictedImports storage/badge.ts', 'style/noRestrictedImports storage/popup.ts']);
  });

  it('refuses two modules that import each other', () => {
    expect(
      lint({
        'components/picture/blocks.ts': "import { LINE } from './layout';\nexport const place = () => LINE;\n",
        'components/picture/layout.ts':
          "import { place } from './blocks';\nexport const LINE = 1.25;\nexport const lay = () => place();\n",
      }),
    ).toEqual([
      'suspicious/noImportCycles components/picture/blocks.ts',
      'suspicious/noImportCycles components/picture/layout.ts',
    ]);
  });

  it('refuses a loop through three modules', () => {
    expect(
      lint({
        'storage/a.ts': "import { b } from './b';\nexport const a = () => b();\n",
        'storage/b.ts': "import { c } from './c';\nexport const b = () => c();\n",
        'storage/c.ts': "import { a } from './a';\nexport const c = () => a();\n",
      }),
    ).toEqual([
      'suspicious/noImportCycles storage/a.ts',
      'suspicious/noImportCycles storage/b.ts',
      'suspicious/noImportCycles storage/c.ts',
    ]);
  });

  it('refuses a loop through the @/ alias', () => {
    expect(
      lint({
        'storage/db/raw-read.ts':
          "import { readToday } from '@/storage/staff/today-read';\nexport const readRows = () => readToday;\n",
        'storage/staff/today-read.ts':
          "import { readRows } from '@/storage/db/raw-read';\nexport const readToday = () => readRows();\n",
      }),
    ).toEqual([
      'suspicious/noImportCycles storage/db/raw-read.ts',
      'suspicious/noImportCycles storage/staff/today-read.ts',
    ]);
  });

  it('lets every import point down: entrypoints → components → storage', () => {
    expect(
      lint({
        'storage/progress/badge.ts': "export const badgeShows = () => ({ kind: 'nothing' });\n",
        'components/badge.ts':
          "import { badgeShows } from '@/storage/progress/badge';\nexport const drawBadge = () => badgeShows();\n",
        'entrypoints/popup/Today.ts':
          "import { drawBadge } from '@/components/badge';\nimport { badgeShows } from '@/storage/progress/badge';\nexport const today = () => [drawBadge(), badgeShows()];\n",
      }),
    ).toEqual([]);
  });
});

describe('the @/ alias', () => {
  it('is resolved by the root tsconfig.json itself, before `wxt prepare` makes .wxt/', () => {
    expect(rootOptions().paths).toEqual({ '@': ['.'], '@/*': ['./*'] });
  });
});
