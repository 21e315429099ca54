/**
 * Generators of realistic-looking source files. Each returns lines of text of roughly the
 * requested size, built from small "units" (a function, a class, a manifest, a section) with
 * the identifiers of real projects: names like `token`, `password`, `apiKey` occur in code
 * that holds no secret, which is what keeps a prefilter busy. About one unit in three is
 * auth-related (`AUTHY`), which puts the keyword density of the corpus a little above that of
 * secretlint's own sources and well above typical libraries (the bench prints hits per MB).
 */

const AUTHY = 0.3;

import { Rand, capitalise } from './random';

/** Repeats `unit` until the lines add up to about `bytes` characters. */
function fill(bytes: number, unit: () => string[], header: string[] = []): string[] {
  const lines = [...header];
  let size = header.reduce((n, l) => n + l.length + 1, 0);
  while (size < bytes) {
    for (const line of unit()) {
      lines.push(line);
      size += line.length + 1;
    }
  }
  return lines;
}

export function typescript(r: Rand, bytes: number): string[] {
  const header = [
    `import { ${r.pascal()}, ${r.pascal()} } from './${r.kebab()}';`,
    `import type { ${r.pascal()} } from '../types/${r.word()}';`,
    `import axios from 'axios';`,
    '',
  ];
  return fill(bytes, () => r.pick([tsInterface, tsClass, tsFunction])(r), header);
}

function tsInterface(r: Rand): string[] {
  const name = r.pascal();
  const fields = Array.from({ length: r.int(3, 8) }, () =>
    `  ${r.camel()}${r.chance(0.3) ? '?' : ''}: ${r.pick(['string', 'number', 'boolean', 'Date', `${r.pascal()}[]`])};`);
  return [`/** ${r.sentence()} */`, `export interface ${name} {`, ...fields, '}', ''];
}

function tsClass(r: Rand): string[] {
  const name = r.pascal();
  const field = r.camel();
  const authy = r.chance(AUTHY);
  const param = authy ? 'token' : 'cursor';
  const header = authy ? '{ Authorization: `Bearer ${token}` }' : "{ 'X-Cursor': cursor }";
  return [
    `export class ${name} {`,
    `  private readonly ${field} = new Map<string, ${r.pascal()}>();`,
    `  private ${authy ? 'tokenCount' : 'itemCount'} = 0;`,
    '',
    `  constructor(private readonly client: HttpClient, private readonly options: ${name}Options = {}) {}`,
    '',
    `  /** ${r.sentence()} */`,
    `  async ${r.camel()}(id: string, ${param}?: string): Promise<${r.pascal()} | undefined> {`,
    `    const headers = ${param} ? ${header} : {};`,
    `    const res = await this.client.get(\`/api/v${r.int(1, 3)}/${r.word()}s/\${encodeURIComponent(id)}\`, { headers });`,
    `    if (res.status === ${r.pick([401, 403, 404])}) {`,
    `      this.logger.warn('${r.sentence(4, 8)}', { id, status: res.status });`,
    `      return undefined;`,
    '    }',
    `    this.${field}.set(id, res.data);`,
    `    this.${authy ? 'tokenCount' : 'itemCount'} += res.data.${r.camel()}?.length ?? 0;`,
    '    return res.data;',
    '  }',
    '',
    ...(authy ? passwordCheck(r) : formatter(r)),
    '}',
    '',
  ];
}

function passwordCheck(r: Rand): string[] {
  return [
    `  ${r.camel()}(password: string): boolean {`,
    `    // ${r.sentence()}`,
    `    return password.length >= ${r.int(8, 16)} && /[A-Z]/.test(password) && /[0-9]/.test(password);`,
    '  }',
  ];
}

function formatter(r: Rand): string[] {
  return [
    `  ${r.camel()}(value: number, locale = '${r.pick(['en-US', 'de-DE', 'fr-FR'])}'): string {`,
    `    // ${r.sentence()}`,
    `    return new Intl.NumberFormat(locale, { maximumFractionDigits: ${r.int(0, 4)} }).format(value);`,
    '  }',
  ];
}

function tsFunction(r: Rand): string[] {
  const name = r.camel();
  const item = r.word();
  return [
    `export function ${name}(${item}s: ${capitalise(item)}[], limit = ${r.int(10, 500)}): Record<string, number> {`,
    r.chance(AUTHY) ? `  const apiKey = process.env.${r.snake().toUpperCase()}_API_KEY ?? '';` : `  const region = process.env.REGION ?? '';`,
    `  const result: Record<string, number> = {};`,
    `  for (const ${item} of ${item}s.slice(0, limit)) {`,
    `    const key = \`\${${item}.${r.camel()}}:\${${item}.${r.camel()}}\`;`,
    `    result[key] = (result[key] ?? 0) + ${item}.${r.pick(['total', 'count', 'amount', 'size'])};`,
    '  }',
    `  console.debug('${name}: ${r.sentence(3, 8)}', Object.keys(result).length);`,
    '  return result;',
    '}',
    '',
  ];
}

export function javascript(r: Rand, bytes: number): string[] {
  const header = [`'use strict';`, `const express = require('express');`, `const { ${r.camel()} } = require('./${r.kebab()}');`, ''];
  return fill(bytes, () => {
    const route = r.kebab();
    const authy = r.chance(AUTHY);
    return [
      `router.${r.pick(['get', 'post', 'put', 'delete'])}('/${route}/:id', requireAuth, async (req, res, next) => {`,
      '  try {',
      authy ? `    const token = req.headers['x-${r.kebab(2)}-token'] || req.query.token;` : `    const page = Number(req.query.page) || 1;`,
      `    const ${r.camel()} = await db.${r.word()}s.findOne({ where: { id: req.params.id, deletedAt: null } });`,
      authy ? `    if (!token) return res.status(401).json({ error: '${r.sentence(3, 6)}' });` : `    if (page > ${r.int(10, 99)}) return res.status(400).json({ error: '${r.sentence(3, 6)}' });`,
      authy ? `    res.json({ ok: true, secretName: '${r.kebab()}', password: undefined, updatedAt: Date.now() });` : `    res.json({ ok: true, page, updatedAt: Date.now() });`,
      '  } catch (err) {',
      '    next(err);',
      '  }',
      '});',
      '',
    ];
  }, header);
}

/** A bundler's output: a few very long lines, short names, embedded base64 assets. */
export function minifiedBundle(r: Rand, bytes: number): string[] {
  const lines: string[] = [];
  let line = '';
  let size = 0;
  while (size < bytes) {
    const chunk = minifiedChunk(r);
    line += chunk;
    size += chunk.length;
    if (line.length > r.int(60_000, 250_000)) {
      lines.push(line);
      line = '';
    }
  }
  lines.push(line, `//# sourceMappingURL=index-${r.hex(8)}.js.map`);
  return lines;
}

function minifiedChunk(r: Rand): string {
  const v = () => r.chars(r.int(1, 2), 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ$_');
  const a = v(), b = v(), c = v();
  switch (r.int(0, 12)) {
    case 0: return `function ${a}(${b},${c}){return ${b}.map(function(e){return e.${r.camel()}+${c}}).filter(Boolean)}`;
    case 1: return `var ${a}={${r.camel()}:"${r.sentence(2, 5)}",token:${b}.token,apiKey:${c}.apiKey||null,retries:${r.int(1, 9)}};`;
    case 2: return `${a}.prototype.${r.camel()}=function(${b}){if(!${b})throw new Error("${r.sentence(3, 7)}");this.${r.word()}=${b};return this};`;
    case 3: return `const ${a}="data:image/png;base64,${r.base64(r.int(200, 3000))}";`;
    case 4: return `${a}.exports={id:"${r.uuid()}",hash:"${r.hex(40)}",version:"${r.semver()}"};`;
    case 5: return `if(${a}.password&&${a}.password.length<${r.int(6, 12)})${b}("${r.sentence(3, 6)}");`;
    case 6: return `(function(${a}){${a}.${r.camel()}=${a}.${r.camel()}||{};${a}.secret=void 0})(window);`;
    case 7: return `for(var ${a}=0;${a}<${b}.length;${a}++)${c}[${b}[${a}].${r.camel()}]=${b}[${a}];`;
    case 8: return `${a}.addEventListener("${r.pick(['click', 'input', 'keydown', 'scroll'])}",function(${b}){${c}(${b}.target.value,"${r.kebab()}")});`;
    case 9: return `var ${a}=[${Array.from({ length: r.int(3, 12) }, () => `"${r.kebab()}"`).join(',')}];`;
    case 10: return `${a}=${a}||{};${a}.${r.camel()}=function(){return Promise.resolve(${r.int(0, 1e6)})};`;
    default: return `export{${a} as ${r.camel()},${b} as ${r.camel()}};`;
  }
}

export function python(r: Rand, bytes: number): string[] {
  const header = ['import os', 'import logging', 'from dataclasses import dataclass', `from .${r.snake(2)} import ${r.pascal()}`, '',
    'logger = logging.getLogger(__name__)', ''];
  return fill(bytes, () => r.chance(0.5) ? pyClass(r) : pyFunction(r), header);
}

function pyClass(r: Rand): string[] {
  return [
    '@dataclass',
    `class ${r.pascal()}:`,
    `    """${r.sentence()}"""`,
    '',
    `    ${r.snake(2)}: str`,
    `    ${r.snake(2)}: int = ${r.int(0, 100)}`,
    ...pyAuthFields(r, r.chance(AUTHY)),
    `        resp = self.session.get(f"{self.base_url}/v${r.int(1, 3)}/${r.word()}s", headers=headers, timeout=${r.int(5, 60)})`,
    '        resp.raise_for_status()',
    `        logger.info("${r.sentence(3, 7)} %s", resp.status_code)`,
    '        return resp.json()',
    '',
  ];
}

function pyAuthFields(r: Rand, authy: boolean): string[] {
  if (!authy) return ['    region: str = "eu-west-1"', '', `    def ${r.snake(2)}(self, page: int = 1) -> dict:`, '        headers = {"Accept": "application/json"}'];
  return [
    `    api_key: str = os.environ.get("${r.snake(2).toUpperCase()}_API_KEY", "")`,
    '',
    `    def ${r.snake(2)}(self, token: str | None = None) -> dict:`,
    `        headers = {"Authorization": f"Bearer {token or self.api_key}"}`,
  ];
}

function pyFunction(r: Rand): string[] {
  const item = r.word();
  return [
    `def ${r.snake(2)}(${item}s, limit=${r.int(10, 100)}):`,
    `    """${r.sentence()}`,
    '',
    `    ${r.sentence()}`,
    '    """',
    '    totals = {}',
    `    for ${item} in ${item}s[:limit]:`,
    `        key = (${item}.${r.snake(2)}, ${item}.${r.snake(2)})`,
    `        totals[key] = totals.get(key, 0) + ${item}.${r.pick(['total', 'count', 'amount'])}`,
    r.chance(AUTHY) ? `    digest = hashlib.sha256(${item}s[0].password.encode()).hexdigest() if ${item}s else None` : `    digest = len(totals)`,
    '    return totals, digest',
    '',
  ];
}

export function go(r: Rand, bytes: number): string[] {
  const header = [`package ${r.word()}`, '', 'import (', '\t"context"', '\t"encoding/json"', '\t"fmt"', '\t"net/http"', '\t"os"', '\t"time"', ')', ''];
  return fill(bytes, () => {
    const name = r.pascal();
    const authy = r.chance(AUTHY);
    return [
      `// ${name} ${r.sentence()}`,
      `type ${name} struct {`,
      `\tID        string    \`json:"id"\``,
      authy ? `\tToken     string    \`json:"token,omitempty"\`` : `\tName      string    \`json:"name"\``,
      `\t${r.pascal(2)} int       \`json:"${r.snake(2)}"\``,
      `\tCreatedAt time.Time \`json:"createdAt"\``,
      '}',
      '',
      `func (s *Service) ${r.pascal()}(ctx context.Context, id string) (*${name}, error) {`,
      `\treq, err := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("%s/${r.word()}s/%s", s.baseURL, id), nil)`,
      '\tif err != nil {',
      `\t\treturn nil, fmt.Errorf("${r.sentence(3, 6)}: %w", err)`,
      '\t}',
      authy ? '\treq.Header.Set("Authorization", "Bearer "+os.Getenv("API_TOKEN"))' : '\treq.Header.Set("Accept", "application/json")',
      `\tvar out ${name}`,
      '\tif err := s.do(req, &out); err != nil {',
      '\t\treturn nil, err',
      '\t}',
      '\treturn &out, json.Unmarshal(nil, &out)',
      '}',
      '',
    ];
  }, header);
}

export function k8sYaml(r: Rand, bytes: number): string[] {
  return fill(bytes, () => {
    const app = r.kebab(2);
    return [
      'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', `  name: ${app}`, '  labels:', `    app: ${app}`, 'spec:',
      `  replicas: ${r.int(1, 6)}`, '  template:', '    spec:', '      containers:', `        - name: ${app}`,
      `          image: ghcr.io/acme/${app}@sha256:${r.hex(64)}`, '          env:',
      '            - name: DATABASE_PASSWORD', '              valueFrom:', '                secretKeyRef:',
      `                  name: ${app}-db`, '                  key: password',
      `            - name: LOG_LEVEL`, `              value: ${r.pick(['info', 'debug', 'warn'])}`, '---',
    ];
  });
}

export function workflowYaml(r: Rand): string[] {
  return [
    `name: ${r.pascal()}`, 'on:', '  push:', '    branches: [main]', 'jobs:', '  build:', '    runs-on: ubuntu-latest',
    '    steps:', '      - uses: actions/checkout@v4', '      - uses: actions/setup-node@v4', '        with:',
    `          node-version: ${r.pick([18, 20, 22])}`, '      - run: npm ci', '      - run: npm test', '        env:',
    '          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}', '          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}',
  ];
}

export function jsonConfig(r: Rand, bytes: number): string[] {
  const entries: string[] = [];
  let size = 0;
  while (size < bytes) {
    const e = `  "${r.camel()}": ${r.pick([`"${r.kebab()}"`, String(r.int(0, 9999)), 'true', 'false', `"${r.uuid()}"`,
      r.chance(AUTHY) ? `{ "enabled": ${r.chance(0.5)}, "tokenTtlSeconds": ${r.int(60, 86400)}, "secretName": "${r.kebab()}" }`
        : `{ "enabled": ${r.chance(0.5)}, "timeoutMs": ${r.int(100, 30000)} }`])}`;
    entries.push(e);
    size += e.length + 2;
  }
  return ['{', entries.join(',\n'), '}'];
}

/** npm lockfile v3: hundreds of packages, each with a sha512 integrity hash. */
export function packageLock(r: Rand, packages: number): string[] {
  const lines = ['{', `  "name": "${r.kebab()}",`, '  "version": "1.0.0",', '  "lockfileVersion": 3,', '  "requires": true,', '  "packages": {'];
  for (let i = 0; i < packages; i++) {
    const name = r.chance(0.2) ? `@${r.word()}/${r.kebab()}` : r.kebab();
    const version = r.semver();
    lines.push(
      `    "node_modules/${name}": {`,
      `      "version": "${version}",`,
      `      "resolved": "https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${version}.tgz",`,
      `      "integrity": "sha512-${r.base64(86)}==",`,
      r.chance(0.3) ? '      "dev": true,' : '      "license": "MIT",',
      `      "engines": { "node": ">=${r.int(10, 20)}" }`,
      `    }${i === packages - 1 ? '' : ','}`,
    );
  }
  lines.push('  }', '}');
  return lines;
}

export function markdown(r: Rand, bytes: number): string[] {
  return fill(bytes, () => [
    `## ${capitalise(r.kebab(2).replace('-', ' '))}`, '', r.sentence() + ' ' + r.sentence() + ' ' + r.sentence(), '',
    `- \`${r.camel()}\`: ${r.sentence(4, 10)}`, `- \`${r.snake(2).toUpperCase()}\`: ${r.sentence(4, 10)}`, '',
    '```bash', r.chance(AUTHY) ? `export ${r.pick(['OPENAI_API_KEY', 'API_TOKEN', 'STRIPE_SECRET_KEY'])}=<your-key-here>` : `npm run ${r.kebab(2)}`,
    `curl ${r.chance(AUTHY) ? '-H "Authorization: Bearer $API_TOKEN" ' : ''}https://api.example.com/v1/${r.word()}s`, '```', '',
  ], [`# ${r.pascal()}`, '', r.sentence(), '']);
}

export function dotenv(r: Rand, example: boolean): string[] {
  const lines = ['# Local settings', `NODE_ENV=${r.pick(['development', 'production'])}`, `PORT=${r.int(3000, 9000)}`,
    `LOG_LEVEL=${r.pick(['info', 'debug'])}`, `REDIS_URL=redis://localhost:6379/${r.int(0, 5)}`,
    `FEATURE_${r.snake(2).toUpperCase()}=${r.chance(0.5)}`];
  if (example) lines.push('OPENAI_API_KEY=sk-...', 'STRIPE_SECRET_KEY=your_stripe_key_here', 'DB_PASSWORD=changeme');
  return lines;
}
