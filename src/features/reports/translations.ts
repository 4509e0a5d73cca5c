import { addTranslations } from '@/i18n';

// The report's words load with the report routes, not with the first page.
addTranslations(import.meta.glob('../../i18n/locales/*/reports-*.json', { eager: true, import: 'default' }));
