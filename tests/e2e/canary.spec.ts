import type { BrowserContext, Page } from '@playwright/test';
import { NAVIGATION, expect, signInWithDemoAccount, test, waitForPage, type DemoRole } from './fixtures';

// Personal data shown on screen must stay on screen: after a role's journey, the identity it
// revealed (the canary) must not be found in web storage, IndexedDB, cookies, any request URL
// or anything logged to the console.

interface Traces {
  urls: string[];
  console: string[];
}

function trace(page: Page): Traces {
  const traces: Traces = { urls: [], console: [] };
  page.on('request', (request) => traces.urls.push(request.url()));
  page.on('console', (message) => traces.console.push(message.text()));
  return traces;
}

async function storedEverywhere(page: Page, context: BrowserContext): Promise<string> {
  const inPage = await page.evaluate(async () => {
    const dump = (storage: Storage) => Object.entries(storage).map(([key, value]) => `${key}=${value}`);
    const databases = await indexedDB.databases();
    const records: string[] = [];
    for (const { name } of databases) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('indexedDB.open failed'));
      });
      for (const storeName of Array.from(db.objectStoreNames)) {
        const all = await new Promise<unknown[]>((resolve) => {
          const request = db.transaction(storeName).objectStore(storeName).getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
          request.onerror = () => resolve([]);
        });
        records.push(`${name}/${storeName}: ${JSON.stringify(all)}`);
      }
      db.close();
    }
    return [...dump(localStorage), ...dump(sessionStorage), ...records, document.cookie].join('\n');
  });
  const cookies = (await context.cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join('\n');
  return `${inPage}\n${cookies}`;
}

async function revealFirstRequestsPerson(page: Page): Promise<string[]> {
  await page.getByRole('navigation', { name: /main/i }).getByRole('link', { name: 'Data subject requests', exact: true }).click();
  await waitForPage(page);
  await page.getByRole('table').getByRole('link').first().click();
  await waitForPage(page);
  await page.getByRole('button', { name: 'Reveal identity' }).click();
  await page.getByRole('dialog').getByRole('textbox', { name: /Why do you need the identity/ }).fill('Answering the request by phone');
  await page.getByRole('dialog').getByRole('button', { name: 'Reveal', exact: true }).click();
  const revealed = page.getByRole('region', { name: /Identity \(revealed/ });
  await expect(revealed).toBeVisible();
  const text = await revealed.innerText();
  const name = /Name: (.+)/.exec(text)?.[1]?.trim();
  const email = /Email: (\S+@\S+)/.exec(text)?.[1]?.trim();
  expect(name, 'the revealed name').toBeTruthy();
  expect(email, 'the revealed email').toBeTruthy();
  return [name ?? '', email ?? ''];
}

for (const role of ['privacy_officer', 'support'] as DemoRole[]) {
  test(`${role}: a revealed identity is never stored, put in a URL or logged`, async ({ page, context }) => {
    test.setTimeout(120_000);
    const traces = trace(page);
    await signInWithDemoAccount(page, role);
    const canaries = await revealFirstRequestsPerson(page);

    // The rest of the journey: every page of the role, then a reload.
    const nav = page.getByRole('navigation', { name: /main/i });
    for (const name of NAVIGATION[role]) {
      await nav.getByRole('link', { name, exact: true }).click();
      await waitForPage(page);
    }
    await page.reload();
    await waitForPage(page);

    const stored = await storedEverywhere(page, context);
    for (const canary of canaries) {
      const needle = canary.toLowerCase();
      expect(stored.toLowerCase(), `"${canary}" in storage or cookies`).not.toContain(needle);
      expect(traces.urls.filter((url) => decodeURIComponent(url).toLowerCase().includes(needle)), `"${canary}" in a request URL`).toEqual([]);
      expect(traces.console.filter((line) => line.toLowerCase().includes(needle)), `"${canary}" in the console`).toEqual([]);
    }
  });
}
