// Handlers for the complaints area are being written; see mocks/handlers/session.ts for the pattern.
export const complaintsHandlers = [];
