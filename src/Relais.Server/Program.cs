using Relais.Server;

// The composition lives in RelaisServer so that `relais serve` runs exactly the same server.
await RelaisServer.Build(args).RunAsync();
