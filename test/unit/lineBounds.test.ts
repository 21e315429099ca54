/**
 * The scanner finds each keyword window's line bounds through `LineBounds`, which remembers
 * stretches without line breaks between questions. It must answer exactly what the plain
 * bounded searches answer, whatever order the questions come in.
 */

import * as assert from 'assert';
import { LineBounds, lineEndWithin, lineStartWithin } from '../../src/core/text';
import { rng } from '../helpers/fakes';

describe('LineBounds', () => {
  it('agrees with lineStartWithin and lineEndWithin on random texts and questions in any order', () => {
    const random = rng(424242);
    const pieces = ['a', 'token = x', '\n', '\r\n', '\r', ' ', 'é', 'x'.repeat(300)];
    for (let round = 0; round < 200; round++) {
      let text = '';
      const parts = Math.floor(random() * 60);
      for (let p = 0; p < parts; p++) text += pieces[Math.floor(random() * pieces.length)];
      const bounds = new LineBounds(text);
      let offset = Math.floor(random() * (text.length + 1));
      for (let q = 0; q < 100; q++) {
        // Mostly forward, as keyword hits come, with jumps back and forth like rule windows.
        const step = Math.floor(random() * 40) - (random() < 0.2 ? 400 : 5);
        offset = Math.max(0, Math.min(text.length, offset + step));
        const max = [0, 1, 7, 256, 2048][Math.floor(random() * 5)];
        const where = `${JSON.stringify(text)} at ${offset}, max ${max}`;
        if (random() < 0.5) assert.strictEqual(bounds.start(offset, max), lineStartWithin(text, offset, max), `start ${where}`);
        else assert.strictEqual(bounds.end(offset, max), lineEndWithin(text, offset, max), `end ${where}`);
      }
    }
  });
});
