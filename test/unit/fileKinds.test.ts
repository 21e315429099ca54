import * as assert from 'assert';
import { isEnvFile, isEnvTemplate } from '../../src/core';

describe('file kinds: env files', () => {
  it('local env files are env files, in any folder and on Windows paths', () => {
    for (const p of ['.env', '.env.local', 'api/.env.production', 'deploy\\.env.staging', 'config/prod.env', '.ENV']) {
      assert.ok(isEnvFile(p), p);
    }
  });

  it('templates meant to be committed, and look-alikes, are not', () => {
    for (const p of ['.env.example', 'api/.env.sample', '.env.template', '.env.dist', '.env.defaults', 'env.ts', '.envrc', 'environment.yml', 'src/.env.d.ts', '.env.mjs']) {
      assert.ok(!isEnvFile(p), p);
    }
    assert.ok(isEnvTemplate('api/.env.example') && !isEnvTemplate('.env.local'));
  });
});
