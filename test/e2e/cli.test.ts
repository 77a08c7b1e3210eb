import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'dateline-cli-'));

/** The parent's environment without what the test runner itself sets (Vite exports BASE_URL=/). */
const { BASE_URL: _viteBase, ...parentEnv } = process.env;

function dateline(args: string[], env: Record<string, string> = {}, input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/index.ts'), ...args], {
    cwd: ROOT,
    env: { ...parentEnv, DATABASE_URL: join(dir, 'cli.db'), LOG_LEVEL: 'silent', ...env },
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dateline command', () => {
  it('migrates, then says the database is up to date', () => {
    const first = dateline(['migrate']);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Applied \d+ migration\(s\)/);
    const second = dateline(['migrate']);
    expect(second.stdout).toContain('is up to date');
  });

  it.each([
    [{ DATABASE_URL: 'mysql://root@localhost/news' }, /^dateline: DATABASE_URL: /],
    [{ PORT: '99999' }, /^dateline: PORT: /],
    [{ TIME_ZONE: 'Nowhere/Land' }, /^dateline: TIME_ZONE: /],
  ])('refuses bad configuration %j with one line and a non-zero exit', (env, message) => {
    const result = dateline(['migrate'], env);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('says which option is wrong', () => {
    const result = dateline(['seed-demo', '--articles', 'many']);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('dateline: --articles: must be a whole number from 1 to 1000000');
    expect(dateline(['frobnicate']).stderr).toMatch(/unknown command "frobnicate"/);
  });

  it('analyzes text from standard input without a database', () => {
    const text =
      '"We will not retreat," Deputy Foreign Minister Sergei Ryabkov told reporters in Geneva on Monday.';
    const result = dateline(['analyze', '--json', '-'], { DATABASE_URL: 'mysql://not-used' }, text);
    expect(result.stderr).toBe('');
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual(['entities', 'tags', 'quotes']);
    expect(json.quotes[0]).toMatchObject({
      text: expect.stringContaining('We will not retreat'),
      speaker: 'Sergei Ryabkov',
      indirect: false,
    });
  });

  it('analyses every stored article again, in batches if asked', () => {
    const env = { DATABASE_URL: join(dir, 'reanalyze.db') };
    expect(dateline(['seed-demo', '--articles', '6'], env).code).toBe(0);
    const result = dateline(['reanalyze', '--batch', '4'], env);
    expect(result.stderr).not.toMatch(/dateline:/);
    expect(result.stdout).toMatch(
      /Reanalysed 6 articles in .* s: 0 came out different; related lists recomputed for 0\./,
    );
    expect(dateline(['reanalyze', '--batch', '0'], env).stderr.trim()).toBe(
      'dateline: --batch: must be a whole number ≥ 1',
    );
  });

  it('refuses malformed JSON input with a clear error', () => {
    const result = dateline(['analyze', '-'], {}, '{"title": 1');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^dateline: analyze: input starts like JSON but is not/);
  });
});
