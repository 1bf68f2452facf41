using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Conversation.Deadlines;
using QcdcBot.Bot.Letters.Reading;
using QcdcBot.Bot.Text;
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
    public const string Usage = "Cách dùng: dotnet run --project src/Bot -- congvan <tệp .docx|.pdf|.txt> [--create [--allow-past] [--accept-guesses] [--allow-unmatched] [--allow-duplicate]] [--Storage:Path <tệp.db>]";

    /// <summary>
    /// 0: read (and, with --create, every item created); 1: the store or the file could not be used, or --create left
    /// items uncreated (a due date already past without --allow-past, a date the bot guessed without --accept-guesses, no
    /// real date, no units); 2: bad arguments.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, Action<IHostApplicationBuilder>? configure = null)
    {
        string? file = null;
        var create = false;
        var allowPast = false;
        var allowDuplicate = false;
        var allowUnmatched = false;
        var acceptGuesses = false;
        var settings = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg == "--create")
            {
                create = true;
            }
            else if (arg == "--allow-past")
            {
                allowPast = true;
            }
            else if (arg == "--allow-duplicate")
            {
                allowDuplicate = true;
            }
            else if (arg == "--allow-unmatched")
            {
                allowUnmatched = true;
            }
            else if (arg == "--accept-guesses")
            {
                acceptGuesses = true;
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

        if ((allowPast || allowDuplicate || allowUnmatched || acceptGuesses) && !create)
        {
            await output.WriteLineAsync($"{(allowPast ? "--allow-past" : allowDuplicate ? "--allow-duplicate" : allowUnmatched ? "--allow-unmatched" : "--accept-guesses")} chỉ dùng cùng --create.\n{Usage}");
            return 2;
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
        await output.WriteLineAsync(ProposalText.Render(draft, units, today, host.Services.GetRequiredService<WorkingDayCalendar>(), commandLine: true, creating: create, allowPast: allowPast));
        if (!create || draft.Items.Count == 0)
        {
            return 0;
        }

        var creation = host.Services.GetRequiredService<LetterCreation>();
        IReadOnlyList<DraftDeadline> past = allowPast ? [] : creation.PastDue(draft.Items);
        var chosen = draft.Items.Except(past).ToList();
        if (past.Count > 0)
        {
            await output.WriteLineAsync($"Không tạo {LetterCreation.Describe(past)}: hạn đã qua. Thêm --allow-past để vẫn tạo với hạn đã qua.");
        }

        // As in chat: a date the bot changed or guessed ("có thể ghi nhầm tháng", no year) is the bot's doubt, never filed unasked.
        IReadOnlyList<DraftDeadline> doubted = acceptGuesses ? [] : creation.Doubted(chosen);
        if (doubted.Count > 0)
        {
            chosen = chosen.Except(doubted).ToList();
            await output.WriteLineAsync($"Không tạo {creation.DescribeDoubts(doubted)}: hạn chưa chắc, cần kiểm tra lại. Sửa hạn trong trò chuyện với bot (/congvan), hoặc thêm --accept-guesses để tạo với hạn bot đề xuất.");
        }

        // --allow-unmatched: a name to take out that matches no unit leaves the group whole, said so, as any other such name.
        if (allowUnmatched && chosen.Where(i => LetterCreation.UnmatchedOut(i) is not null).ToDictionary(i => i, i => i with { Unmatched = [.. i.Unmatched.Where(n => n != LetterCreation.UnmatchedOut(i))] }) is { Count: > 0 } kept)
        {
            await output.WriteLineAsync(string.Join("\n", kept.Keys.Select(i => $"Mục {i.Number}: \"{LetterCreation.UnmatchedOut(i)}\" chưa khớp đơn vị nào nên không trừ ra ai; tạo cho cả nhóm (sửa sau bằng /suahan hoặc gửi văn bản cho bot bằng /congvan).")));
            draft = draft with { Items = [.. draft.Items.Select(i => kept.GetValueOrDefault(i, i))] };
            chosen = [.. chosen.Select(i => kept.GetValueOrDefault(i, i))];
        }

        // As in chat: units the letter names that match none are not left out silently.
        var unmatched = allowUnmatched ? [] : chosen.Where(i => i.Unmatched.Count > 0 && LetterCreation.Problem(i) is null).ToList();
        if (unmatched.Count > 0)
        {
            chosen = chosen.Except(unmatched).ToList();
            await output.WriteLineAsync($"Không tạo {string.Join(", ", unmatched.Select(i => $"mục {i.Number}"))}: có đơn vị chưa khớp; thêm --allow-unmatched để tạo chỉ với các đơn vị đã khớp.");
        }

        // Names matching no unit, whether the item has other units or none: how to fix them from here, not only in chat.
        if (draft.Items.Except(past).Where(i => unmatched.Contains(i) || i.Unmatched.Count > 0 && LetterCreation.Problem(i) is not null).SelectMany(i => i.Unmatched).Distinct().ToList() is { Count: > 0 } names)
        {
            await output.WriteLineAsync($"Tên chưa khớp đơn vị nào: {string.Join("; ", names.Select(n => $"\"{n}\""))}. Đơn vị chưa có trong danh sách: thêm vào tệp đơn vị (mã,tên,loại,nhãn) rồi chạy \"dotnet run --project src/Bot -- units import <tệp.csv>\" và chạy lại lệnh này. "
                + "Văn bản ghi khác tên một đơn vị đã có: gửi văn bản cho bot bằng /congvan rồi \"sửa N cho <mã đơn vị>\".");
        }

        IReadOnlyList<(DraftDeadline Item, long ExistingId)> same = allowDuplicate ? [] : await creation.DuplicatesAsync(chosen, CancellationToken.None);
        if (same.Count > 0)
        {
            chosen = chosen.Except(same.Select(d => d.Item)).ToList();
            await output.WriteLineAsync($"Không tạo {LetterCreation.DescribeDuplicates(same)}: đã có việc trùng hoặc gần giống. Thêm --allow-duplicate để vẫn tạo.");
        }

        if (chosen.Count == 0)
        {
            await output.WriteLineAsync("Chưa tạo việc nào.");
            return 1;
        }

        var sha = await host.Services.GetRequiredService<SubmissionStore>().PutFileAsync(bytes);
        draft = draft with { FileSha256 = sha, FileName = name, ContentType = ContentTypes.For(name, null) };
        var (reply, _, _) = await creation.CreateAsync(draft, chosen, "cli:congvan", CancellationToken.None);
        await output.WriteLineAsync(reply);
        // The chat asks before creating on a day off; here it is created as the letter writes it, and said so.
        var calendar = host.Services.GetRequiredService<WorkingDayCalendar>();
        // Only the items created: one "Không tạo" above (no real date, no units) is not said to be created.
        if (chosen.Where(i => LetterCreation.Problem(i) is null && i.Due is { } due && !calendar.IsWorkingDay(due)).ToList() is { Count: > 0 } offDays)
        {
            await output.WriteLineAsync($"Lưu ý: đã tạo với hạn vào ngày nghỉ: {string.Join(", ", offDays.Select(i => $"mục {i.Number} ({VietnameseWording.Date(i.Due!.Value)}, ngày làm việc liền trước {VietnameseWording.Date(calendar.PreviousWorkingDayOnOrBefore(i.Due!.Value))})"))}; dời bằng /suahan <việc> trước <ngày> nếu cần.");
        }

        return past.Count == 0 && doubted.Count == 0 && unmatched.Count == 0 && same.Count == 0 && chosen.All(i => LetterCreation.Problem(i) is null) ? 0 : 1;
    }
}
