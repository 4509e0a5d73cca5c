import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '@/i18n';
import { formatNumber } from '@/lib/format';
import { checkText, type TextProblem, type TextRule } from '@/lib/text-rules';

/** A form's own words for some problems ("Give a reason of at least 10 characters"); the rest are said generically. */
export type TextMessages = Partial<Record<TextProblem['kind'], string>>;

const NAMED: Readonly<Record<number, string>> = { 0x09: 'tab', 0x0a: 'lineBreak', 0x0d: 'carriageReturn' };

/**
 * `textError(value, rule, messages)`: the message for what is wrong with a text field's value
 * under the contract's rule (src/lib/text-rules.ts), or null when it may be sent.
 */
export function useTextError() {
  const { t, i18n } = useTranslation();
  return useCallback(
    (value: string, rule: TextRule, messages: TextMessages = {}): string | null => {
      const problem = checkText(value, rule);
      if (!problem) return null;
      const own = messages[problem.kind];
      if (own) return own;
      const lang = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
      switch (problem.kind) {
        case 'required':
          return t('errors.field.required');
        case 'tooShort':
          return t('errors.field.tooShort', { min: formatNumber(problem.min, lang) });
        case 'tooLong':
          return t('errors.field.tooLong', { max: formatNumber(problem.max, lang), count: formatNumber(problem.length, lang) });
        case 'control': {
          const name = NAMED[problem.codePoint];
          const code = `U+${problem.codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
          return t('errors.field.control', { character: name ? t(`errors.field.characters.${name}`) : t('errors.field.characters.other', { code }) });
        }
      }
    },
    [t, i18n],
  );
}
