import { addTranslations } from '@/i18n';

// The consent screens' words (and the consent vocabulary) load with the consent route, not with the first page.
addTranslations(import.meta.glob('../../i18n/locales/*/consent-*.json', { eager: true, import: 'default' }));
