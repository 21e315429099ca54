/**
 * Writes a deterministic mixed corpus: batches of a few hundred files (TS/JS, minified
 * bundles, Python, Go, YAML, JSON, a package-lock, Markdown, .env), each batch with the
 * planted fakes of planted.ts, plus a manifest of where they are (no values).
 */

import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as lang from './languages';
import { PLANTS, type Plant } from './planted';
import { Rand } from './random';

export interface PlantedSecret {
  /** Corpus-relative POSIX path. */
  path: string;
  /** 0-based line of the secret value. */
  line: number;
  kind: string;
  decoy: boolean;
}

export interface Corpus {
  root: string;
  files: number;
  bytes: number;
  planted: PlantedSecret[];
}

type Files = Map<string, string[]>;

const KB = 1024;
const TS_AREAS = ['api', 'components', 'hooks', 'lib', 'models', 'services', 'utils', 'store'];

/**
 * The corpus at `root`, regenerated only when the generator's code, the fakes or the
 * parameters changed since it was written (a stamp next to it records which).
 */
export function loadOrGenerateCorpus(root: string, batches: number, seed: number): Corpus & { reused: boolean } {
  const stampFile = `${root}.stamp.json`;
  const key = generatorKey(batches, seed);
  try {
    const stamp = JSON.parse(fs.readFileSync(stampFile, 'utf8')) as { key: string; corpus: Corpus };
    if (stamp.key === key && fs.existsSync(root)) return { ...stamp.corpus, root, reused: true };
  } catch {
    // no stamp yet, or unreadable: generate
  }
  const corpus = generateCorpus(root, batches, seed);
  fs.writeFileSync(stampFile, JSON.stringify({ key, corpus }));
  return { ...corpus, reused: false };
}

/** Hash of everything the corpus bytes depend on: this generator, the fakes and their checksum code. */
function generatorKey(batches: number, seed: number): string {
  const hash = crypto.createHash('sha256').update(`${batches}:${seed}`);
  const compiled = path.resolve(__dirname, '../..');
  const sources = [...fs.readdirSync(__dirname).filter(f => f.endsWith('.js')).map(f => path.join(__dirname, f)),
    ...['test/helpers/fakes.js', 'src/core/hash.js', 'src/core/checksums.js'].map(f => path.join(compiled, f))];
  for (const file of sources) hash.update(fs.readFileSync(file));
  return hash.digest('hex');
}

/** Writes `batches` batches under `root` (emptied first); batch k lives in `root/pkg-k/`. */
export function generateCorpus(root: string, batches: number, seed: number): Corpus {
  fs.rmSync(root, { recursive: true, force: true });
  const corpus: Corpus = { root, files: 0, bytes: 0, planted: [] };
  for (let k = 0; k < batches; k++) {
    const prefix = `pkg-${k}`;
    const files = batchFiles(new Rand(seed * 1000 + k));
    corpus.planted.push(...plant(files, new Rand(seed * 1000 + k + 500), prefix, (seed * 100 + k) * 1000));
    for (const [rel, lines] of files) {
      const text = lines.join('\n') + '\n';
      const full = path.join(root, prefix, rel);
      fs.mkdirSync(path.dirname(full), { recursive: true });
      fs.writeFileSync(full, text);
      corpus.files++;
      corpus.bytes += Buffer.byteLength(text);
    }
  }
  return corpus;
}

/** One batch: ~400 files, ~5 MB. */
function batchFiles(r: Rand): Files {
  const files: Files = new Map();
  const add = (rel: string, lines: string[]) => files.set(uniquePath(files, rel), lines);
  const kb = (min: number, max: number) => r.int(min, max) * KB;
  for (let i = 0; i < 95; i++) add(`src/${r.pick(TS_AREAS)}/${r.camel()}.ts`, lang.typescript(r, kb(2, 22)));
  for (let i = 0; i < 40; i++) add(`src/routes/${r.kebab()}.js`, lang.javascript(r, kb(2, 14)));
  for (let i = 0; i < 3; i++) add(`public/assets/${r.word()}-${r.hex(8)}.js`, lang.minifiedBundle(r, kb(250, 350)));
  for (let i = 0; i < 70; i++) add(`${r.pick(['app', 'scripts', 'app/jobs'])}/${r.snake(2)}.py`, lang.python(r, kb(2, 16)));
  for (let i = 0; i < 50; i++) add(`services/${r.word()}/${r.word()}.go`, lang.go(r, kb(2, 16)));
  for (let i = 0; i < 35; i++) add(`deploy/k8s/${r.kebab()}.yaml`, lang.k8sYaml(r, kb(1, 5)));
  for (let i = 0; i < 6; i++) add(`.github/workflows/${r.kebab()}.yml`, lang.workflowYaml(r));
  for (let i = 0; i < 25; i++) add(`config/${r.kebab()}.json`, lang.jsonConfig(r, kb(1, 6)));
  for (let i = 0; i < 35; i++) add(`docs/${r.kebab()}.md`, lang.markdown(r, kb(2, 12)));
  for (let i = 0; i < 8; i++) add(`services/${r.word()}/.env`, lang.dotenv(r, false));
  add('package-lock.json', lang.packageLock(r, 2400));
  add('.env.example', lang.dotenv(r, true));
  add('README.md', lang.markdown(r, kb(4, 8)));
  for (const p of PLANTS) if (!files.has(p.host)) files.set(p.host, hostContent(p.host, r));
  return files;
}

/** Content for a planted secret's host file, in the format its name implies. */
function hostContent(rel: string, r: Rand): string[] {
  if (rel.startsWith('public/assets/')) return lang.minifiedBundle(r, 300 * KB);
  if (rel.startsWith('.github/workflows/')) return lang.workflowYaml(r);
  if (rel === '.npmrc') return ['registry=https://registry.npmjs.org/', 'save-exact=true', 'engine-strict=true'];
  const ext = path.extname(rel);
  switch (ext) {
    case '.ts': return lang.typescript(r, 8 * KB);
    case '.js': return lang.javascript(r, 8 * KB);
    case '.py': return lang.python(r, 8 * KB);
    case '.go': return lang.go(r, 8 * KB);
    case '.yaml': case '.yml': return lang.k8sYaml(r, 3 * KB);
    case '.json': return lang.jsonConfig(r, 3 * KB);
    case '.md': return lang.markdown(r, 6 * KB);
    default: return lang.dotenv(r, false);
  }
}

/** Inserts every plant into its host file and records where the value landed. */
function plant(files: Files, r: Rand, prefix: string, seed: number): PlantedSecret[] {
  return PLANTS.flatMap((p, i) => {
    const lines = files.get(p.host)!;
    const at = insertionLine(p, lines, r);
    lines.splice(at, 0, ...p.lines(seed + i * 10));
    return (p.parts ?? [{ kind: p.kind, line: 0 }]).map(part =>
      ({ path: `${prefix}/${p.host}`, line: at + part.line, kind: part.kind, decoy: !!p.decoy }));
  });
}

/** Where a plant goes: inside a JSON object, under a workflow's `env:`, or between blocks. */
function insertionLine(p: Plant, lines: string[], r: Rand): number {
  if (p.host.endsWith('.json')) return 1;
  if (p.host.startsWith('.github/workflows/')) return lines.length;
  const blanks = lines.map((l, i) => (l === '' ? i : -1)).filter(i => i > 0);
  return blanks.length ? r.pick(blanks) : r.int(0, lines.length);
}

function uniquePath(files: Files, rel: string): string {
  if (!files.has(rel)) return rel;
  const ext = path.extname(rel);
  for (let n = 2; ; n++) {
    const candidate = `${rel.slice(0, rel.length - ext.length)}-${n}${ext}`;
    if (!files.has(candidate)) return candidate;
  }
}
