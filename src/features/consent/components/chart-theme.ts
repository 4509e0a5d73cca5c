import { useComputedColorScheme, useMantineTheme } from '@mantine/core';
import { useMemo } from 'react';

/**
 * Chart colours for the current colour scheme. SVG attributes get plain colours (not CSS
 * variables), picked per scheme so lines and bars keep 3:1 against the card in light and dark.
 */
export function useChartTheme() {
  const theme = useMantineTheme();
  const dark = useComputedColorScheme('light') === 'dark';
  return useMemo(() => {
    const pick = (name: string, lightShade: number, darkShade: number) => theme.colors[name]?.[dark ? darkShade : lightShade] ?? (dark ? '#fff' : '#000');
    return {
      text: dark ? theme.colors.dark[0] : theme.colors.gray[8],
      grid: dark ? theme.colors.dark[4] : theme.colors.gray[3],
      tooltipBackground: dark ? theme.colors.dark[7] : theme.white,
      consent: pick('blue', 7, 4),
      optIn: pick('teal', 8, 4),
      compare: pick('gray', 6, 5),
      withdrawn: pick('orange', 8, 5),
      drop: pick('red', 8, 5),
      spike: pick('grape', 7, 4),
      series: [pick('blue', 7, 4), pick('orange', 8, 5), pick('teal', 8, 4), pick('grape', 7, 4), pick('pink', 8, 4), pick('lime', 9, 5), pick('indigo', 7, 4)],
    };
  }, [theme, dark]);
}

export type ChartTheme = ReturnType<typeof useChartTheme>;
