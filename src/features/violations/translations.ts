import { addTranslations } from '@/i18n';

// The violation screens' words load with their routes (and the management overview's panel).
addTranslations(import.meta.glob('../../i18n/locales/*/violation-*.json', { eager: true, import: 'default' }));
