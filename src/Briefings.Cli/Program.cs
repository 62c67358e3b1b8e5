using Briefings.Cli.Commands;
using Briefings.Cli.Console;

BuildTimeline.MainEntered();
return await BriefingsCommand.Create().Parse(args).InvokeAsync();
