// Handlers for the violations area are being written; see mocks/handlers/session.ts for the pattern.
export const violationsHandlers = [];
