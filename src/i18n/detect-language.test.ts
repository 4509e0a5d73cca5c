import { detectLanguage, i18n, LANGUAGE_STORAGE_KEY, setLanguage } from './index';

describe('detectLanguage', () => {
  const setBrowserLanguage = (value: string) => vi.spyOn(navigator, 'language', 'get').mockReturnValue(value);

  it('prefers the remembered choice', () => {
    setBrowserLanguage('en-GB');
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'nl');
    expect(detectLanguage()).toBe('nl');
  });

  it('gives Dutch to any Dutch browser locale and English to every other', () => {
    for (const [browser, expected] of [
      ['nl-BE', 'nl'],
      ['nl', 'nl'],
      ['NL-nl', 'nl'],
      ['fr-BE', 'en'],
      ['de', 'en'],
      ['en-US', 'en'],
    ] as const) {
      setBrowserLanguage(browser);
      expect(detectLanguage()).toBe(expected);
    }
  });

  it('ignores a stored value that is not a supported language', () => {
    setBrowserLanguage('nl-NL');
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    expect(detectLanguage()).toBe('nl');
  });
});

describe('setLanguage', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('switches, remembers the choice and sets <html lang>', async () => {
    await setLanguage('nl');
    expect(i18n.t('nav.overview')).toBe('Overzicht');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('nl');
    expect(document.documentElement.lang).toBe('nl');
  });
});
