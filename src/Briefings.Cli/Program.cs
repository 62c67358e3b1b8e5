using Briefings.Cli.Commands;

return await BriefingsCommand.Create().Parse(args).InvokeAsync();
