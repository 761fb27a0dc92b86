import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { obfuscateEmail, revealEmail } from '../../src/lib/email.ts';

describe('obfuscateEmail', () => {
  test('the readable text spells the address out without @ or dots', () => {
    assert.equal(obfuscateEmail('jane.doe@inria.fr').text, 'jane.doe [at] inria [dot] fr');
  });
  test('nothing a harvester looks for is in the output', () => {
    const { text, data } = obfuscateEmail('jane.doe@inria.fr');
    for (const part of [text, data]) {
      assert.doesNotMatch(part, /@/);
      assert.doesNotMatch(part, /mailto:/i);
      assert.doesNotMatch(part, /jane\.doe@inria\.fr/);
      assert.doesNotMatch(part, /inria\.fr/);
    }
  });
  test('revealEmail gives the address back, for any address', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (address) => {
        const { data } = obfuscateEmail(address);
        assert.equal(revealEmail(data), address);
        assert.doesNotMatch(data, /@/);
      }),
    );
  });
  test('non-ASCII characters survive the round trip', () => {
    assert.equal(revealEmail(obfuscateEmail('jérôme@exemple.fr').data), 'jérôme@exemple.fr');
  });
  test('a string that is not an address is refused', () => {
    assert.throws(() => obfuscateEmail('jane.doe'), RangeError);
    assert.throws(() => obfuscateEmail('@inria.fr'), RangeError);
  });
});
