using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Conversation.Deadlines;
using QcdcBot.Bot.Letters.Reading;
using QcdcBot.Bot.Conversation.Submissions;
using QcdcBot.Scheduling;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Storage;
using QcdcBot.Storage.Database;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// <c>congvan &lt;tệp&gt; [--create]</c>: the proposal /congvan would give, printed for a clerk checking a letter before
/// sending it; with --create every item that can be created is, with the same rules as "tạo tất cả" in chat.
/// </summary>
internal static class LetterCommand
{
    public const string Usage = "Cách dùng: dotnet run --project src/Bot -- congvan <tệp .docx|.pdf|.txt> [--create] [--Storage:Path <tệp.db>]";

    /// <summary>0: read (and created); 1: the store or the file could not be used; 2: bad arguments.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, Action<IHostApplicationBuilder>? configure = null)
    {
        string? file = null;
        var create = false;
        var settings = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg == "--create")
            {
                create = true;
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains(':', StringComparison.Ordinal))
            {
                settings.Add(arg);
                if (!arg.Contains('=', StringComparison.Ordinal) && i + 1 < args.Length)
                {
                    settings.Add(args[++i]);
                }
            }
            else if (file is null && !arg.StartsWith("--", StringComparison.Ordinal))
            {
                file = arg;
            }
            else
            {
                await output.WriteLineAsync($"Không hiểu tham số \"{arg}\".\n{Usage}");
                return 2;
            }
        }

        if (file is null)
        {
            await output.WriteLineAsync($"Thiếu tệp công văn.\n{Usage}");
            return 2;
        }

        if (!File.Exists(file))
        {
            await output.WriteLineAsync($"Không tìm thấy tệp {file}.");
            return 1;
        }

        var builder = Host.CreateApplicationBuilder([.. settings]);
        configure?.Invoke(builder);
        builder.AddStorage();
        builder.AddScheduling();
        builder.Services.AddSingleton<EntityResolver>();
        builder.Services.AddSingleton<DuplicateDeadlineFinder>();
        builder.Services.AddSingleton<ProposalBuilder>();
        builder.Services.AddSingleton<LetterCreation>();
        using var host = builder.Build();
        var database = host.Services.GetRequiredService<SqliteDatabase>();
        if (!File.Exists(database.FilePath))
        {
            await output.WriteLineAsync($"Không tìm thấy cơ sở dữ liệu {database.FilePath} (cần danh sách đơn vị để khớp tên). Kiểm tra Storage:Path.");
            return 1;
        }

        await database.MigrateAsync();
        var name = FileNames.Safe(Path.GetFileName(file));
        var bytes = await File.ReadAllBytesAsync(file);
        var read = LetterReader.Read(name, bytes);
        if (read.Text is not { } text)
        {
            await output.WriteLineAsync(read.Problem);
            return 1;
        }

        var today = host.Services.GetRequiredService<OfficeClock>().Today;
        var draft = await host.Services.GetRequiredService<ProposalBuilder>().BuildAsync(text, today, CancellationToken.None);
        var units = await host.Services.GetRequiredService<UnitStore>().AllAsync();
        var proposal = ProposalText.Render(draft, units);
        // The chat's answer hints make no sense on a command line.
        await output.WriteLineAsync(create || draft.Items.Count == 0 ? proposal.Replace("\n" + ProposalText.HowToAnswer, string.Empty, StringComparison.Ordinal)
            : proposal.Replace(ProposalText.HowToAnswer, "Chưa tạo việc nào; thêm --create để tạo các việc này.", StringComparison.Ordinal));
        if (!create || draft.Items.Count == 0)
        {
            return 0;
        }

        var sha = await host.Services.GetRequiredService<SubmissionStore>().PutFileAsync(bytes);
        draft = draft with { FileSha256 = sha, FileName = name, ContentType = ContentTypes.For(name, null) };
        var (reply, _) = await host.Services.GetRequiredService<LetterCreation>().CreateAsync(draft, draft.Items, "cli:congvan", CancellationToken.None);
        await output.WriteLineAsync(reply);
        return 0;
    }
}
