// Handlers for the reports area are being written; see mocks/handlers/session.ts for the pattern.
export const reportsHandlers = [];
