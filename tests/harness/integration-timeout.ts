// Integration tests talk to a real database and start real processes.
jest.setTimeout(120_000);
