import { addTranslations } from '@/i18n';

// The recipients screens' words load with their routes, not with the first page.
addTranslations(import.meta.glob('../../i18n/locales/*/recipient-*.json', { eager: true, import: 'default' }));
