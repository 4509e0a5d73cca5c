import { addTranslations } from '@/i18n';

// The audit log's words load with its route, not with the first page.
addTranslations(import.meta.glob('../../i18n/locales/*/audit-*.json', { eager: true, import: 'default' }));
