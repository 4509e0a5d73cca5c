import { addTranslations } from '@/i18n';

// The complaint screens' words load with the complaint routes, not with the first page.
addTranslations(import.meta.glob('../../i18n/locales/*/complaint-*.json', { eager: true, import: 'default' }));
