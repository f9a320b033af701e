// `server-only` throws outside a React Server Component bundle; unit and integration tests
// import lib/queries and lib/db directly from Node, which is a server context too.
export {};
