import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDateRange } from './format';

describe('formatDateRange', () => {
  const cases: [string, string | undefined, string, string][] = [
    ['1780', '1781', '1780–1781', '1780–1781'],
    ['2000-01', '2000-04', 'January–April 2000', 'enero–abril de 2000'],
    ['2003-10', undefined, 'October 2003', 'octubre de 2003'],
    ['2005-05', '2005-06', 'May–June 2005', 'mayo–junio de 2005'],
    ['2003-10', '2005-06', 'October 2003 – June 2005', 'octubre de 2003 – junio de 2005'],
    ['1974-01-29', undefined, '29 January 1974', '29 de enero de 1974'],
    ['2005-06-06', '2005-06-09', '6–9 June 2005', '6–9 de junio de 2005'],
    ['1952', '2005-06', '1952 – June 2005', '1952 – junio de 2005'],
    ['1976', undefined, '1976', '1976'],
  ];
  for (const [start, end, en, es] of cases) {
    it(`formats ${start}${end ? `..${end}` : ''} in both languages`, () => {
      assert.equal(formatDateRange(start, end, 'en'), en);
      assert.equal(formatDateRange(start, end, 'es'), es);
    });
  }

  it('does not shift a day in a far-west time zone', () => {
    const saved = process.env.TZ;
    process.env.TZ = 'Pacific/Pago_Pago';
    try {
      assert.equal(formatDateRange('2000-01-01', undefined, 'en'), '1 January 2000');
    } finally {
      process.env.TZ = saved;
    }
  });
});
