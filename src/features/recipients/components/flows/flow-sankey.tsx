import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Sankey, Tooltip, type SankeyNodeProps } from 'recharts';
import { TOOLTIP_STYLE } from '@/components/figure/chart-parts';
import type { Schemas } from '@/api/types';
import { useFormatters } from '@/hooks/use-formatters';
import type { SankeyLinkDatum, SankeyNodeDatum } from '../../lib/flows';
import { LEGAL_BASES } from '../../lib/terms';

/** Link colours by legal basis; the legend and the table say the same in words. */
export const LEGAL_BASIS_COLORS: Record<Schemas['LegalBasis'], string> = {
  consent: 'var(--mantine-color-violet-5)',
  contract: 'var(--mantine-color-blue-5)',
  legitimate_interest: 'var(--mantine-color-orange-5)',
  legal_obligation: 'var(--mantine-color-gray-6)',
};

const ROW_HEIGHT = 34;

function FlowNode({ x, y, width, height, payload }: SankeyNodeProps) {
  const node = payload as unknown as SankeyNodeDatum & { depth?: number };
  if (node.kind === 'anchor') return null;
  const category = node.kind === 'data_category';
  // Parties that send Engcode data stand left of the categories: their names go on the left.
  const leftLabel = !category && node.depth === 0;
  return (
    <g>
      <rect x={x} y={y} width={width} height={Math.max(height, 2)} fill={category ? 'var(--mantine-color-teal-6)' : 'var(--mantine-color-indigo-6)'} rx={2} />
      <text
        x={leftLabel ? x - 6 : x + width + 6}
        y={y + height / 2}
        dy="0.35em"
        textAnchor={leftLabel ? 'end' : 'start'}
        fontSize={12}
        fontWeight={category ? 700 : 400}
        fill="var(--mantine-color-text)"
        stroke="var(--mantine-color-body)"
        strokeWidth={3}
        paintOrder="stroke"
      >
        {node.name}
      </text>
    </g>
  );
}

export interface FlowSankeyProps {
  nodes: SankeyNodeDatum[];
  links: SankeyLinkDatum[];
}

/** Data categories to recipients, each band as wide as the number of people whose data flows there. */
export function FlowSankey({ nodes, links }: FlowSankeyProps) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const columnSize = Math.max(nodes.filter((node) => node.kind === 'recipient').length, nodes.filter((node) => node.kind === 'data_category').length);
  const height = Math.max(360, columnSize * ROW_HEIGHT);
  const data = {
    nodes,
    links: links.map((link) =>
      link.legalBasis ? { ...link, stroke: LEGAL_BASIS_COLORS[link.legalBasis], strokeOpacity: 0.45 } : { ...link, stroke: 'transparent', strokeOpacity: 0, pointerEvents: 'none' as const },
    ),
  };
  return (
    <div>
      <Sankey
        width="100%"
        height={height}
        data={data}
        node={FlowNode}
        nodePadding={14}
        nodeWidth={10}
        iterations={64}
        margin={{ top: 8, right: 280, bottom: 8, left: 220 }}
        link={{ strokeOpacity: 0.45 }}
      >
        <Tooltip formatter={(value) => t('recipientFlows.people', { formatted: number(Number(value)) })} {...TOOLTIP_STYLE} />
      </Sankey>
      <Group gap="md" mt="xs" aria-hidden>
        {LEGAL_BASES.map((basis) => (
          <Group key={basis} gap={6}>
            <span style={{ display: 'inline-block', width: 14, height: 14, borderRadius: 3, background: LEGAL_BASIS_COLORS[basis] }} />
            <Text size="xs">{t(`recipientTerms.legalBasis.${basis}`)}</Text>
          </Group>
        ))}
      </Group>
    </div>
  );
}
