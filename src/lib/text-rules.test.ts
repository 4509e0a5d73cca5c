import { characterCount, checkText, EMAIL_ADDRESS, WEB_ADDRESS } from './text-rules';

describe('text rules', () => {
  it('counts characters as JSON Schema does: an emoji or an astral character is one', () => {
    expect(characterCount('😀𠜎x')).toBe(3);
    expect(characterCount('e\u0301')).toBe(2);
    expect(characterCount('\ud800')).toBe(1);
  });

  it('checks the trimmed text: empty, control characters, too long, too short, in that order', () => {
    expect(checkText('  ', { max: 10, required: true })).toEqual({ kind: 'required' });
    expect(checkText('  ', { max: 10 })).toBeNull();
    expect(checkText('a\u0000b', { max: 10 })).toEqual({ kind: 'control', codePoint: 0 });
    expect(checkText('a\tb', { max: 10 })).toEqual({ kind: 'control', codePoint: 9 });
    expect(checkText('a\tb\nc\r\n', { max: 10, multiline: true })).toBeNull();
    expect(checkText('a\u001bb', { max: 10, multiline: true })).toEqual({ kind: 'control', codePoint: 0x1b });
    expect(checkText(' 😀😀😀 ', { max: 3 })).toBeNull();
    expect(checkText('😀😀😀😀', { max: 3 })).toEqual({ kind: 'tooLong', max: 3, length: 4 });
    expect(checkText(' ab ', { max: 10, min: 3 })).toEqual({ kind: 'tooShort', min: 3, length: 2 });
  });

  it('leaves a raw value (a password) as typed: spaces count, control characters pass', () => {
    expect(checkText('   ', { max: 10, required: true, raw: true })).toBeNull();
    expect(checkText('a\u0000', { max: 10, raw: true })).toBeNull();
    expect(checkText('', { max: 10, required: true, raw: true })).toEqual({ kind: 'required' });
  });

  it('takes the email addresses and web addresses the contract takes', () => {
    expect(EMAIL_ADDRESS.test('An.Claes@engcode.be')).toBe(true);
    expect(EMAIL_ADDRESS.test('an@localhost')).toBe(false);
    expect(EMAIL_ADDRESS.test('ané@engcode.be')).toBe(false);
    expect(WEB_ADDRESS.test('https://example.be/path?q=1&r=%20#top')).toBe(true);
    expect(WEB_ADDRESS.test('HTTPS://X.EXAMPLE')).toBe(true);
    expect(WEB_ADDRESS.test('https://example.be/a b')).toBe(false);
    expect(WEB_ADDRESS.test('https://example.be/%zz')).toBe(false);
    expect(WEB_ADDRESS.test('https://example.be/<img>')).toBe(false);
    expect(WEB_ADDRESS.test('https://example.be/#a#b')).toBe(false);
  });
});
