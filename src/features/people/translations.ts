import { addTranslations } from '@/i18n';

// The people screens' words, and the consent vocabulary they share with the consent page, load with the people routes.
addTranslations(import.meta.glob(['../../i18n/locales/*/people-*.json', '../../i18n/locales/*/consent-terms.json'], { eager: true, import: 'default' }));
