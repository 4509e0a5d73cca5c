import i18next, { type Resource, type ResourceLanguage } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Where the chosen language is remembered between visits. */
export const LANGUAGE_STORAGE_KEY = 'engcode.lang';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The stored choice wins; otherwise any Dutch browser locale (nl, nl-BE, nl-NL) gets Dutch. */
export function detectLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage can be blocked (privacy settings); fall back to the browser's language.
  }
  const browser = typeof navigator !== 'undefined' ? navigator.language : '';
  return browser.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/**
 * Translations live in one file per area and language: `locales/<lang>/<area>.json`. The file
 * name becomes the key prefix (`dsars.json` -> `t('dsars.…')`, `consent-rates.json` ->
 * `t('consentRates.…')`), so an area adds its strings by adding two files, without editing
 * a shared one. Only the shell's own files are bundled here, in the first chunk; a feature's
 * files travel with its lazy route and join the store through `addTranslations` when that
 * route's code loads (see src/features/<area>/translations.ts), so the first page does not pay
 * for every screen's words.
 */
const modules = import.meta.glob<ResourceLanguage>('./locales/*/{shell,nav,areas,errors,states,session,overview}.json', {
  eager: true,
  import: 'default',
});

function namespaceKey(fileName: string): string {
  return fileName.replace(/-([a-z0-9])/g, (_, char: string) => char.toUpperCase());
}

export function buildResources(files: Record<string, ResourceLanguage>): Resource {
  const resources: Record<string, { translation: Record<string, ResourceLanguage> }> = {};
  for (const [path, content] of Object.entries(files)) {
    const match = /\/locales\/([a-z]{2})\/([a-z0-9-]+)\.json$/.exec(path);
    if (!match) continue;
    const [, lang = '', file = ''] = match;
    const bucket = (resources[lang] ??= { translation: {} });
    bucket.translation[namespaceKey(file)] = content;
  }
  return resources;
}

export const resources = buildResources(modules);

function reflectLanguage(lang: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: detectLanguage(),
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  // Resources are bundled, so initialisation is synchronous and the first render is translated.
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  // A missing key is a bug: in development and tests it is reported loudly (the test setup
  // turns console.error into a failure); in production the English text is shown.
  saveMissing: import.meta.env.DEV || import.meta.env.MODE === 'test',
  missingKeyHandler: (languages, _namespace, key) => {
    console.error(`Missing translation "${key}" for ${languages.join(', ')}`);
  },
});

reflectLanguage(i18n.language);
i18n.on('languageChanged', reflectLanguage);

/** Adds a feature's translation files (an eager `import.meta.glob` of them) to the store. */
export function addTranslations(files: Record<string, ResourceLanguage>): void {
  for (const [lang, bucket] of Object.entries(buildResources(files))) {
    i18n.addResourceBundle(lang, 'translation', (bucket as { translation: ResourceLanguage }).translation, true, true);
  }
}

/** Switch the UI language, remember it, and set <html lang> (via the listener above). */
export async function setLanguage(lang: Language): Promise<void> {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // Not remembered when storage is blocked; the switch still applies to this visit.
  }
  await i18n.changeLanguage(lang);
}

export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
}
