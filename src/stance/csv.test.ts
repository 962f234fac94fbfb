import { describe, expect, it } from 'vitest';
import { CsvError, csvField, csvRow, parseCsv, parseCsvObjects } from './csv.ts';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const text = 'Body ID,articleBody\n0,"First line, with a comma.\n\nA ""quoted"" word\r\nand a CRLF inside."\n1,plain\n';
    expect(parseCsv(text)).toEqual([
      ['Body ID', 'articleBody'],
      ['0', 'First line, with a comma.\n\nA "quoted" word\r\nand a CRLF inside.'],
      ['1', 'plain'],
    ]);
  });

  it('accepts CRLF records, a BOM, empty fields and no final line break', () => {
    expect(parseCsv('\ufeffa,b,c\r\n1,,3\r\n"",x,')).toEqual([
      ['a', 'b', 'c'],
      ['1', '', '3'],
      ['', 'x', ''],
    ]);
  });

  it('does not make an empty record of the final line break', () => {
    expect(parseCsv('a\nb\n')).toEqual([['a'], ['b']]);
    expect(parseCsv('')).toEqual([]);
  });

  it('refuses an unterminated quoted field, naming the line', () => {
    expect(() => parseCsv('a,b\n1,"never\nclosed')).toThrow(CsvError);
    expect(() => parseCsv('a,b\n1,"never\nclosed')).toThrow(/line 2: unterminated quoted field/);
  });

  it('refuses text after a closing quote', () => {
    expect(() => parseCsv('"a"b,c')).toThrow(/after a closing quote/);
  });
});

describe('parseCsvObjects', () => {
  it('keys records by the header and checks the columns', () => {
    const rows = parseCsvObjects('Headline,Body ID\n"A, b",3\n', ['Headline', 'Body ID']);
    expect(rows).toEqual([{ Headline: 'A, b', 'Body ID': '3' }]);
    expect(() => parseCsvObjects('Headline\nx\n', ['Headline', 'Body ID'], 'stances.csv')).toThrow(
      'stances.csv: missing column "Body ID"',
    );
    expect(() => parseCsvObjects('a,b\n1,2,3\n', ['a'])).toThrow(/record 2 has 3 fields/);
    expect(() => parseCsvObjects('a,b\n1\n', ['b'])).toThrow(/record 2 has 1 fields/);
    expect(parseCsvObjects('a,b\n1\n', ['a'])).toEqual([{ a: '1', b: '' }]);
  });
});

describe('csvRow', () => {
  it('quotes only what needs quoting and round-trips', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
    const fields = ['He said "no", twice', 'line\nbreak', '12', ' padded '];
    expect(parseCsv(csvRow(fields))).toEqual([fields]);
  });
});
