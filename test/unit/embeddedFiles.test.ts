import * as assert from 'assert';
import { scanText } from '../../src/core';
import { embeddedFiles } from '../../src/core/embeddedFiles';
import { randomString } from '../helpers/fakes';

describe('files a script writes from heredocs', () => {
  const pw = `${randomString(12)}*9`;

  it('reads a heredoc written to a credential file as that file, at its own offsets', () => {
    const script = `#!/bin/bash\n# psql for the shared dev DB\ncat >> ~/.pgpass <<'PGPASS'\npg-dev.example.org:5432:*:dev_shared:${pw}\nPGPASS\nchmod 600 ~/.pgpass\n`;
    const [f] = scanText(script, { path: 'scripts/dev/bootstrap.sh' });
    assert.strictEqual(f?.ruleId, 'pgpass-password');
    assert.strictEqual(script.slice(f.range.start.offset, f.range.end.offset), pw);
    assert.match(f.detail ?? '', /\.pgpass a heredoc writes/);
  });

  it('finds the target before or after the opener, with tee, and only for files', () => {
    const paths = (text: string) => embeddedFiles(text).map(f => f.path);
    assert.deepStrictEqual(paths('cat <<EOF > ~/.aws/credentials\n[default]\nEOF\n'), ['.aws/credentials']);
    assert.deepStrictEqual(paths('sudo tee -a /etc/ppp/chap-secrets <<-"END"\n\tuser * x *\n\tEND\n'), ['/etc/ppp/chap-secrets']);
    assert.deepStrictEqual(paths('cat > "$HOME/.netrc" <<EOF\nmachine x\nEOF\n'), ['.netrc']);
    // To the terminal, to nowhere, a here-string, an opener never closed: no file.
    assert.deepStrictEqual(paths('cat <<EOF\nhello\nEOF\ncat <<EOF > /dev/null\nx\nEOF\ngrep -q x <<< "$v" > out.txt\ncat > a.txt <<EOF\nnever closed\n'), []);
  });
});
