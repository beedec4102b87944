// Stands in for the `server-only` package under Vitest: the real one throws when imported outside a React
// Server Components build, and tests import server modules directly.
export {};
