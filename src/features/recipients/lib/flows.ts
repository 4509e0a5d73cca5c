import type { Schemas } from '@/api/types';

type DataFlows = Schemas['DataFlows'];
type FlowNode = DataFlows['nodes'][number];

export interface SankeyNodeDatum {
  name: string;
  /** `anchor`: an invisible node that keeps the data categories in the middle column (see toSankey). */
  kind: FlowNode['kind'] | 'anchor';
  recipientId?: string;
}

export interface SankeyLinkDatum {
  source: number;
  target: number;
  value: number;
  /** null for the anchor's invisible links. */
  legalBasis: Schemas['LegalBasis'] | null;
}

export interface FlowRow {
  key: string;
  from: string;
  to: string;
  /** The recipient's side of the link: whether Engcode sends (outbound) or receives (inbound). */
  direction: Schemas['FlowDirection'];
  recipientId: string | null;
  people: number;
  legalBasis: Schemas['LegalBasis'];
}

/**
 * The API's graph as Recharts' Sankey wants it (nodes by index). Data-category labels are the
 * server's English words; `categoryLabel` gives them in the reader's language.
 *
 * A Sankey puts every node without incoming links in the first column, so a category no inbound
 * party feeds would sit beside the inbound parties instead of in the middle. An invisible anchor
 * node with a hairline (value 1) link to each such category pushes all categories into the middle
 * column: inbound parties, then Engcode's data categories, then the recipients.
 */
export function toSankey(flows: DataFlows, categoryLabel: (categoryKey: string) => string): { nodes: SankeyNodeDatum[]; links: SankeyLinkDatum[] } {
  const index = new Map(flows.nodes.map((node, position) => [node.id, position]));
  const nodes = flows.nodes.map((node): SankeyNodeDatum => ({
    name: node.kind === 'data_category' ? categoryLabel(node.id.replace(/^category:/, '')) : node.label,
    kind: node.kind,
    ...(node.recipientId ? { recipientId: node.recipientId } : {}),
  }));
  const links: SankeyLinkDatum[] = flows.links.flatMap((link) => {
    const source = index.get(link.source);
    const target = index.get(link.target);
    return source === undefined || target === undefined || link.people <= 0 ? [] : [{ source, target, value: link.people, legalBasis: link.legalBasis }];
  });
  const hasInbound = links.some((link) => nodes[link.source]?.kind === 'recipient');
  const fed = new Set(links.map((link) => link.target));
  const unfed = nodes.flatMap((node, position) => (node.kind === 'data_category' && !fed.has(position) ? [position] : []));
  if (hasInbound && unfed.length > 0) {
    const anchor = nodes.length;
    nodes.push({ name: '', kind: 'anchor' });
    for (const target of unfed) links.push({ source: anchor, target, value: 1, legalBasis: null });
  }
  return { nodes, links };
}

/** One row per link, for the table beside the diagram and its CSV; largest flows first. */
export function flowRows(flows: DataFlows, categoryLabel: (categoryKey: string) => string): FlowRow[] {
  const byId = new Map(flows.nodes.map((node) => [node.id, node]));
  const label = (node: FlowNode | undefined) => (!node ? '' : node.kind === 'data_category' ? categoryLabel(node.id.replace(/^category:/, '')) : node.label);
  return flows.links
    .map((link): FlowRow => {
      const source = byId.get(link.source);
      const target = byId.get(link.target);
      const inbound = source?.kind === 'recipient';
      return {
        key: `${link.source}>${link.target}`,
        from: label(source),
        to: label(target),
        direction: inbound ? 'inbound' : 'outbound',
        recipientId: (inbound ? source?.recipientId : target?.recipientId) ?? null,
        people: link.people,
        legalBasis: link.legalBasis,
      };
    })
    .sort((a, b) => b.people - a.people || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}

/** The largest flow, for the figure's one-sentence summary. */
export function largestFlow(rows: readonly FlowRow[]): FlowRow | null {
  return rows[0] ?? null;
}
