import { Button, Group, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGES, setLanguage, type Language } from '@/i18n';

const NAMES: Record<Language, string> = { nl: 'Nederlands', en: 'English' };

/** NL | EN. Each button names its language in that language, so it is found whatever is shown. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  return (
    <Group role="group" aria-label={t('shell.language')} gap={0} wrap="nowrap">
      {LANGUAGES.map((lang, index) => (
        <Button
          key={lang}
          lang={lang}
          size="compact-sm"
          variant={lang === current ? 'filled' : 'default'}
          aria-pressed={lang === current}
          onClick={() => void setLanguage(lang)}
          style={{
            borderTopLeftRadius: index === 0 ? undefined : 0,
            borderBottomLeftRadius: index === 0 ? undefined : 0,
            borderTopRightRadius: index === LANGUAGES.length - 1 ? undefined : 0,
            borderBottomRightRadius: index === LANGUAGES.length - 1 ? undefined : 0,
          }}
        >
          {lang.toUpperCase()}
          <VisuallyHidden> {NAMES[lang]}</VisuallyHidden>
        </Button>
      ))}
    </Group>
  );
}
