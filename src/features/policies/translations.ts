import { addTranslations } from '@/i18n';

// The policy screens' words load with the policy routes, not with the first page.
addTranslations(import.meta.glob('../../i18n/locales/*/policies-*.json', { eager: true, import: 'default' }));
