import { join } from 'path';
import { FIELDS, loadCorpus, scoreCorpus, scoreTable } from '../support/extraction-scoring';

/**
 * Held-out measurement of the judgment extractor. The texts in test/fixtures/judgments-heldout were written after the
 * extractor was built, without looking at its source or at the development corpus, and labelled by hand in the same
 * format as test/fixtures/judgments. The extractor must NOT be tuned to them: this test only prints the scores (and
 * every miss); it asserts no threshold.
 *
 * The scoring is the one test/unit/extraction.test.ts uses, shared through test/support/extraction-scoring.ts; it
 * lists every mismatch of every field, and this test prints them all below the table.
 */

const CORPUS = join(__dirname, '..', 'fixtures', 'judgments-heldout');

describe('judgment extraction on the held-out corpus (measurement only)', () => {
  const docs = loadCorpus(CORPUS);
  const { scores, misses } = scoreCorpus(docs);
  let printed = '';

  beforeAll(() => {
    printed = [...scoreTable(`Held-out extraction on ${docs.length} judgments`, scores), '', `Misses (${misses.length}):`, ...misses].join('\n');
    console.log(printed);
  });

  it('has at least 12 held-out judgments', () => {
    expect(docs.length).toBeGreaterThanOrEqual(12);
  });

  it('prints a score for every field', () => {
    for (const f of FIELDS) expect(printed).toContain(f);
  });
});
