import * as assert from 'assert';
import { scanText } from '../../src/core';
import { constantValueAt } from '../../src/core/lang';
import { crcToken, join, randomString } from '../helpers/fakes';

/** The value built by the right-hand side after the line's first operator (`=`, or R's `<-`). */
const built = (line: string) => {
  const op = /=|<-/.exec(line)!;
  const at = op.index + op[0].length;
  return constantValueAt(line, at + (line[at] === ' ' ? 1 : 0))?.value;
};
const codes = (text: string) => [...text].map(c => c.charCodeAt(0)).join(', ');

describe('constant values built from literals', () => {
  const secret = randomString(12) + '7Qz' + randomString(12);
  const [a, b, c] = [secret.slice(0, 8), secret.slice(8, 20), secret.slice(20)];

  it('joins literals the ways languages join them', () => {
    const forms = [
      `TOKEN = "".join(["${a}", "${b}", "${c}"])`,
      `const token = ['${a}', '${b}', '${c}'].join('');`,
      `var token = strings.Join([]string{"${a}", "${b}", "${c}"}, "")`,
      `static readonly string Token = string.Concat("${a}", "${b}", "${c}");`,
      `$token = -join @('${a}', '${b}', '${c}')`,
      `val token = listOf("${a}", "${b}", "${c}").joinToString("")`,
      `val token = Seq("${a}", "${b}", "${c}").mkString`,
      `TOKEN = %w[${a} ${b} ${c}].join`,
      `token = ("${a}" ++ "${b}" ++ "${c}")`,
      `local token = "${a}" .. "${b}" .. "${c}"`,
      `TOKEN='${a}'"${b}"'${c}'`,
      `token <- paste0("${a}", "${b}", "${c}")`,
      `let token = ["${a}", "${b}", "${c}"].concat();`,
      `my $token = join('', '${a}', '${b}', '${c}');`,
      `var token = new StringBuilder().Append("${a}").Append("${b}").Append("${c}").ToString();`,
      `token := fmt.Sprintf("%s%s%s", "${a}", "${b}", "${c}")`,
    ];
    for (const form of forms) assert.strictEqual(built(form), secret, form);
  });

  it('joins adjacent literals across a line continued by a backslash (Ruby, Python)', () => {
    assert.strictEqual(built(`TOKEN = "${a}" \\\n    "${b}"`), `${a}${b}`);
    assert.strictEqual(built(`token = "${a}" \\\r\n  "${b}"`), `${a}${b}`);
    // A backslash with no line break after it is no continuation.
    assert.strictEqual(built(`TOKEN = "${a}" \\ "${b}"`), undefined);
  });

  it("turns characters' codes into the text they spell", () => {
    const forms = [
      `KEY = "".join(map(chr, [${codes(secret)}]))`,
      `const key = String.fromCharCode(${codes(secret)});`,
      `static final String KEY = new String(new char[] {${[...secret].map(ch => `'${ch}'`).join(', ')}});`,
      `$key = implode(array_map('chr', [${codes(secret)}]));`,
      `key <- intToUtf8(c(${codes(secret)}))`,
      `KEY="$(printf '${[...secret].map(ch => '\\x' + ch.charCodeAt(0).toString(16)).join('')}')"`,
      `KEY="$(echo '${Buffer.from(secret).toString('hex')}' | xxd -r -p)"`,
    ];
    for (const form of forms) assert.strictEqual(built(form), secret, form);
  });

  it('reads templates of literals and reversed literals', () => {
    const reversed = [...secret].reverse().join('');
    const forms = [
      "const token = `${'" + a + "'}${'" + b + "'}${'" + c + "'}`;",
      `TOKEN = "#{'${a}'}#{'${b}'}#{'${c}'}"`,
      `static let token: String = "\\("${a}")\\("${b}")\\("${c}")"`,
      `TOKEN = "${reversed}"[::-1]`,
      `static let token: String = String("${reversed}".reversed())`,
      `my $token = scalar reverse('${reversed}');`,
      `TOKEN="$(echo '${reversed}' | rev)"`,
    ];
    for (const form of forms) assert.strictEqual(built(form), secret, form);
  });

  it('is no constant when anything but literals and glue is in it, or a list is not joined', () => {
    const forms = [
      `token = "${a}" + suffix`,
      `auth = ("deploy", "${secret}")`,
      `token = "-".join(["${a}", "${b}"])`,
      `password = "".join(random.choice(chars) for _ in range(16))`,
      `msg = "".join(["hello world", "${b}"])`,
      `token = "${secret}"`,
      `table = bytes([0, 1, 2, 3, 250, 251, 252, 253, 254, 255, 16, 17, 18, 19, 20, 21])`,
    ];
    for (const form of forms) assert.strictEqual(built(form), undefined, form);
  });

  it('reports a secret built so under a secret name, and a provider token under any name', () => {
    const py = `JWT_SECRET = "".join(["${a}", "${b}", "${c}"])\n`;
    assert.deepStrictEqual(scanText(py, { path: 'app/settings.py' }).map(f => f.ruleId), ['generic-secret-assignment']);
    const pat = crcToken(join('gh', 'p_'));
    const ts = `const deployHelper: string = ['${pat.slice(0, 12)}', '${pat.slice(12)}'].join('');\n`;
    assert.deepStrictEqual(scanText(ts, { path: 'src/deploy.ts' }).map(f => f.ruleId), ['github-pat']);
    // Built from a placeholder, it is still a placeholder.
    assert.deepStrictEqual(scanText('API_TOKEN = "".join(["your-", "token-", "here"])\n', { path: 'app/settings.py' }), []);
  });

  it('fills a format with its literal arguments: a token, a URL whose password is one of them', () => {
    assert.strictEqual(built(`token := fmt.Sprintf("tok_%s-%s", "${a}", "${b}")`), `tok_${a}-${b}`);
    assert.strictEqual(built(`TOKEN = "{}:{}".format("${a}", "${b}")`), `${a}:${b}`);
    const pat = crcToken(join('gh', 'p_'));
    assert.deepStrictEqual(scanText(`var apiToken = fmt.Sprintf("ghp_%s", "${pat.slice(4)}")\n`, { path: 'cmd/deploy.go' }).map(f => f.ruleId), ['github-pat']);
    const url = `SECRET_DB_URL = 'postgresql://app:{}@{}/orders'.format('${secret}', 'db.internal')\n`;
    assert.deepStrictEqual(scanText(url, { path: 'app/settings.py' }).map(f => f.ruleId), ['database-url-password']);
    // One placeholder short of the arguments, no format filled.
    assert.strictEqual(built(`token := fmt.Sprintf("tok_%s", "${a}", "${b}")`), undefined);
  });

  it("reads a URL format's password from its literal argument under any name, on its literals", () => {
    const urls = (text: string, path: string) => scanText(text, { path }).map(f => [f.ruleId, text.slice(f.range.start.offset, f.range.end.offset)]);
    const go = `var redisURL = fmt.Sprintf("redis://:%s@cache.internal:6379/0", "${secret}")\n`;
    assert.deepStrictEqual(urls(go, 'internal/cache.go'), [['database-url-password', `redis://:%s@cache.internal:6379/0", "${secret}`]]);
    const py = `BROKER = "amqps://svc:{}@mq.internal:5671/".format("${secret}")\n`;
    assert.deepStrictEqual(urls(py, 'app/tasks.py').map(f => f[0]), ['database-url-password']);
    // A URL's literals joined by an operator, a line each; a literal alone in a template's placeholder.
    const java = `    return "https://orders-writer:"\n        + "${secret}"\n        + "@es.internal:9200";\n`;
    assert.deepStrictEqual(urls(java, 'DataSourceConfig.java').map(f => f[0]), ['url-basic-auth']);
    const js = `  connectionString: \`postgres://catalog:\${'${secret}'}@pg.internal:5432/catalog\`,\n`;
    assert.deepStrictEqual(urls(js, 'src/clients.js'), [['database-url-password', secret]]);
    const scala = `"url" -> s"jdbc:redshift://dw.internal:5439/dw?user=etl&password=\${"${secret}"}",\n`;
    assert.deepStrictEqual(urls(scala, 'Sinks.scala'), [['jdbc-password', secret]]);
    assert.deepStrictEqual(urls('  connectionString: `postgres://catalog:${password}@pg.internal:5432/catalog`,\n', 'src/clients.js'), []);
    // The password from a variable, or a placeholder-like literal, is no finding.
    assert.deepStrictEqual(urls('u := fmt.Sprintf("postgres://app:%s@%s/db", pw, host)\n', 'db.go'), []);
    assert.deepStrictEqual(urls('u := fmt.Sprintf("postgres://app:%s@%s/db", "changeme", "db.internal")\n', 'db.go'), []);
  });
});
