import { http, type HttpHandler } from 'msw';

/** `*\/api/v1/dsars/:dsarId` -> a test of a URL without its query (loose: MSW's own check follows). */
function urlPattern(path: string): RegExp {
  const source = path
    .split('/')
    .map((segment) => (segment === '*' ? '.*' : segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}/?$`, 'i');
}

/**
 * The API's routes behind one MSW handler. MSW tries its handlers one after another, and each
 * clones the request and parses the page's cookies before it looks at the URL: with some seventy
 * routes that was most of the mock API's own time in the page, for every request the page made
 * (scripts and fonts too). Here method and path pick the candidates first; each then runs as MSW
 * would run it (its own match, parameters and cookies), in the same order.
 */
export function routeTable(baseUrl: string, routes: readonly HttpHandler[]): HttpHandler {
  const table = routes.map((handler) => ({ handler, method: String(handler.info.method), url: urlPattern(String(handler.info.path)) }));
  return http.all(`${baseUrl}/*`, async ({ request, requestId }) => {
    const { origin, pathname } = new URL(request.url);
    const url = `${origin}${pathname}`;
    for (const route of table) {
      if (route.method !== request.method || !route.url.test(url)) continue;
      const result = await route.handler.run({ request, requestId });
      if (result?.response) return result.response;
    }
    return undefined;
  });
}
