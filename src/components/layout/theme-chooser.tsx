import { Group, Popover, Radio, Stack, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOpenOnMount } from './lazy-overlay';
import { SCHEME_ICONS, ThemeButton } from './theme-toggle';

const SCHEMES: MantineColorScheme[] = ['light', 'dark', 'auto'];

function isScheme(value: string): value is MantineColorScheme {
  return (SCHEMES as string[]).includes(value);
}

/** The colour scheme chooser, loaded on first use (see theme-toggle.tsx); it mounts open. */
export default function ThemeChooser() {
  const { t } = useTranslation();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const { opened, setOpened, targetRef } = useOpenOnMount<HTMLButtonElement>();
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" withinPortal={false} trapFocus returnFocus shadow="md">
      <Popover.Target>
        <ThemeButton ref={targetRef} onClick={() => setOpened(!opened)} />
      </Popover.Target>
      <Popover.Dropdown aria-label={t('shell.colorScheme.title')}>
        <Radio.Group
          label={t('shell.colorScheme.title')}
          value={colorScheme}
          onChange={(value) => {
            if (isScheme(value)) setColorScheme(value);
            setOpened(false);
          }}
        >
          <Stack gap="xs" mt="xs">
            {SCHEMES.map((scheme) => (
              <Radio
                key={scheme}
                value={scheme}
                label={
                  <Group gap={6} wrap="nowrap" component="span">
                    {SCHEME_ICONS[scheme]}
                    {t(`shell.colorScheme.${scheme}`)}
                  </Group>
                }
              />
            ))}
          </Stack>
        </Radio.Group>
      </Popover.Dropdown>
    </Popover>
  );
}
