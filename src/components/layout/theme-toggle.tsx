import { ActionIcon, Group, Popover, Radio, Stack, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { IconDeviceDesktop, IconMoon, IconSun } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const OPTIONS: { value: MantineColorScheme; icon: ReactNode }[] = [
  { value: 'light', icon: <IconSun size={18} aria-hidden /> },
  { value: 'dark', icon: <IconMoon size={18} aria-hidden /> },
  { value: 'auto', icon: <IconDeviceDesktop size={18} aria-hidden /> },
];

function isScheme(value: string): value is MantineColorScheme {
  return value === 'light' || value === 'dark' || value === 'auto';
}

/**
 * Light, dark, or follow the system; remembered per browser. A small dialog with three radio
 * buttons: a screen reader hears the choices and which one is selected.
 */
export function ThemeToggle() {
  const { t } = useTranslation();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const [opened, setOpened] = useState(false);
  const current = OPTIONS.find((option) => option.value === colorScheme) ?? OPTIONS[2];
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" withinPortal={false} trapFocus returnFocus shadow="md">
      <Popover.Target>
        <ActionIcon
          variant="default"
          size="lg"
          onClick={() => setOpened((value) => !value)}
          aria-label={t('shell.colorScheme.label', { current: t(`shell.colorScheme.${colorScheme}`) })}
        >
          {current?.icon}
        </ActionIcon>
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
            {OPTIONS.map((option) => (
              <Radio
                key={option.value}
                value={option.value}
                label={
                  <Group gap={6} wrap="nowrap" component="span">
                    {option.icon}
                    {t(`shell.colorScheme.${option.value}`)}
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
