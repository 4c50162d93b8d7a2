using RnnTools.Cli;

return await CliApplication.RunAsync(args);
