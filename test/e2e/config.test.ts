import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

describe('configuration', () => {
  it('has defaults a fresh clone runs with', () => {
    const config = loadConfig({}, '/nonexistent');
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: './data/dateline.db',
      timeZone: 'Europe/Sofia',
      datelineFormat: 'MMMM d, yyyy, EEEE // HH:mm',
      baseUrl: 'http://localhost:3000',
    });
  });

  it('reads the environment', () => {
    const config = loadConfig(
      {
        PORT: '8080',
        DATABASE_URL: 'postgres://u@db:5432/news',
        TIME_ZONE: 'Europe/London',
        SUPPORT_APPEAL_URL: '/give',
      },
      '/nonexistent',
    );
    expect(config.port).toBe(8080);
    expect(config.databaseUrl).toBe('postgres://u@db:5432/news');
    expect(config.timeZone).toBe('Europe/London');
    expect(config.supportAppeal.url).toBe('/give');
  });

  it.each([
    [{ DATABASE_URL: 'mysql://x@y/z' }, /^DATABASE_URL: /],
    [{ DATABASE_URL: 'postgres://' }, /^DATABASE_URL: /],
    [{ PORT: 'eighty' }, /^PORT: /],
    [{ TIME_ZONE: 'Mars/Olympus' }, /^TIME_ZONE: is not an IANA time zone/],
    [{ BASE_URL: 'not a url' }, /^BASE_URL: /],
    [{ DATELINE_CONFIG: '/nonexistent/dateline.json' }, /^DATELINE_CONFIG: file not found/],
  ])('names the setting that is wrong: %j', (env, message) => {
    expect(() => loadConfig(env, '/nonexistent')).toThrow(message);
  });
});
