import { HttpProblem } from './problem';

/** Strong ETag from a record's id and version: it changes with every write. */
export function etagFor(id: string, version: number): string {
  return `"${id.slice(0, 8)}-v${version}"`;
}

/** RFC 9110 If-Match: 428 when missing, 412 (with the current ETag) when stale. */
export function assertIfMatch(request: Request, current: string): void {
  const header = request.headers.get('If-Match');
  if (!header) throw new HttpProblem(428, 'Send the If-Match header with the ETag you last read.');
  const candidates = header.split(',').map((value) => value.trim());
  if (!candidates.includes(current) && !candidates.includes('*')) {
    throw new HttpProblem(412, 'Someone else changed this since you loaded it. Review their change and apply yours again.', {
      code: 'stale_write',
      headers: { ETag: current },
    });
  }
}
