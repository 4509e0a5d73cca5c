import { addTranslations } from '@/i18n';

// The reference's words load with its route, not with the first page.
addTranslations(import.meta.glob('../../i18n/locales/*/api-docs.json', { eager: true, import: 'default' }));
