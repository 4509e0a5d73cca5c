// Handlers for the people area are being written; see mocks/handlers/session.ts for the pattern.
export const peopleHandlers = [];
