import { addTranslations } from '@/i18n';

// The compliance screens' words load with the compliance routes, not with the first page.
addTranslations(import.meta.glob('../../i18n/locales/*/compliance-*.json', { eager: true, import: 'default' }));
