import { addMonthsClamped, receiptDate, nextWorkingDay, isBelgianPublicHoliday, isWeekend } from './mocks/lib/deadlines';
const f = (name: string, fn: (i: number) => unknown) => { const t = performance.now(); for (let i = 0; i < 20000; i++) fn(i); console.log(name, (performance.now() - t).toFixed(1)); };
f('receipt', (i) => receiptDate(new Date(1.7e12 + i * 3600e3).toISOString()));
f('addMonths', (i) => addMonthsClamped('2026-01-' + String(1 + (i % 28)).padStart(2, '0'), 1));
f('holiday', (i) => isBelgianPublicHoliday('2026-01-' + String(1 + (i % 28)).padStart(2, '0')));
f('holiday2', (i) => isBelgianPublicHoliday('2026-01-' + String(1 + (i % 28)).padStart(2, '0')));
f('weekend', (i) => isWeekend('2026-01-' + String(1 + (i % 28)).padStart(2, '0')));
f('nwd', (i) => nextWorkingDay('2026-01-' + String(1 + (i % 28)).padStart(2, '0')));
