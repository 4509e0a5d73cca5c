import { addTranslations } from '@/i18n';

// The DSAR screens' words load with the DSAR routes, not with the first page.
addTranslations(import.meta.glob('../../i18n/locales/*/dsar-*.json', { eager: true, import: 'default' }));
