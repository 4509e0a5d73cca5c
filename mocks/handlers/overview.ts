// Handlers for the overview area are being written; see mocks/handlers/session.ts for the pattern.
export const overviewHandlers = [];
