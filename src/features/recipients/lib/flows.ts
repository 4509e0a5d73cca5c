import type { Schemas } from '@/api/types';

type DataFlows = Schemas['DataFlows'];
type FlowNode = DataFlows['nodes'][number];

export interface SankeyNodeDatum {
  name: string;
  kind: FlowNode['kind'];
  recipientId?: string;
}

export interface SankeyLinkDatum {
  source: number;
  target: number;
  value: number;
  legalBasis: Schemas['LegalBasis'];
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
 */
export function toSankey(flows: DataFlows, categoryLabel: (categoryKey: string) => string): { nodes: SankeyNodeDatum[]; links: SankeyLinkDatum[] } {
  const index = new Map(flows.nodes.map((node, position) => [node.id, position]));
  const nodes = flows.nodes.map((node): SankeyNodeDatum => ({
    name: node.kind === 'data_category' ? categoryLabel(node.id.replace(/^category:/, '')) : node.label,
    kind: node.kind,
    ...(node.recipientId ? { recipientId: node.recipientId } : {}),
  }));
  const links = flows.links.flatMap((link) => {
    const source = index.get(link.source);
    const target = index.get(link.target);
    return source === undefined || target === undefined || link.people <= 0 ? [] : [{ source, target, value: link.people, legalBasis: link.legalBasis }];
  });
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
