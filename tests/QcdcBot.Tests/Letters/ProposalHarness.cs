using QcdcBot.Bot.Letters;
using QcdcBot.Bot.Letters.Reading;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Units;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>Reads a letter file and builds its proposal against the sample units, as /congvan would.</summary>
internal static class ProposalHarness
{
    public static async Task<LetterDraft> ProposeAsync(BotHarness bot, string fileName, byte[] bytes)
    {
        var read = LetterReader.Read(fileName, bytes);
        Assert.True(read.Text is not null, read.Problem);
        return await bot.Get<ProposalBuilder>().BuildAsync(read.Text!, bot.Get<QcdcBot.Scheduling.Calendar.OfficeClock>().Today, CancellationToken.None);
    }

    /// <summary>A bot on <paramref name="today"/> with the letter pasted after /congvan by the admin, its proposal waiting.</summary>
    public static async Task<BotHarness> ProposingAsync(DateTimeOffset today, string letter)
    {
        var bot = await BotHarness.CreateAsync(today);
        await bot.SayAsync(BotHarness.Admin, "/congvan " + letter);
        return bot;
    }

    /// <summary>"Title | 2024-10-25 | units:BQLKCN,CTK,CDYB | warning / warning": the facts of each item, one line each.</summary>
    public static async Task<IReadOnlyList<string>> DescribeAsync(BotHarness bot, LetterDraft draft)
    {
        var units = await bot.Get<UnitStore>().AllAsync();
        return [.. draft.Items.Select(i => string.Join(" | ", i.Title, i.Due?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "none", Scope(i, units), string.Join(" / ", i.Warnings)))];
    }

    private static string Scope(DraftDeadline item, IReadOnlyList<Unit> units)
    {
        var scope = item.Scope switch
        {
            DeadlineScope.Grassroots => "grassroots",
            DeadlineScope.All => "all",
            DeadlineScope.Kind => "kind:" + item.ScopeKind,
            _ => "units:" + string.Join(",", item.UnitIds.Select(id => units.Single(u => u.Id == id).Code)),
        };
        return item.Unmatched.Count == 0 ? scope : scope + " unmatched:" + string.Join(";", item.Unmatched);
    }
}
