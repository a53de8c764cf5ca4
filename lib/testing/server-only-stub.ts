// Stand-in for the "server-only" marker package inside unit tests.
export {};
