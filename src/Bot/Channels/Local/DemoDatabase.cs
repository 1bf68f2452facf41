using Microsoft.Extensions.Options;
using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Members;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Channels.Local;

/// <summary>Seeds the demo store on first start: the sample units, one admin and one open deadline.</summary>
internal sealed class DemoDatabase(
    UnitStore units,
    UnitCsvImporter importer,
    DeadlineStore deadlines,
    MemberStore members,
    InviteStore invites,
    OfficeClock clock,
    IOptions<LocalChatOptions> options)
{
    public const string AdminUserId = "admin";

    public async Task EnsureSeededAsync(CancellationToken ct)
    {
        // A store that already has units is someone's real data (a store made by `units import`, named with
        // --Storage:Path or LocalChat:DemoDatabasePath): the demo deadline is never seeded into it.
        var fresh = (await units.AllAsync(ct)).Count == 0;
        if (fresh)
        {
            var path = FindSampleUnits(options.Value.SampleUnitsPath);
            using var reader = new StreamReader(path);
            var result = await importer.ImportAsync(reader, "demo", ct: ct);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"The sample units in {path} did not import: {result.Errors[0].Message}");
            }
        }

        await members.RememberAsync(LocalChat.Channel, AdminUserId, AdminUserId, "Ban Tuyên giáo (demo)", MemberRole.Admin, ct);
        if (fresh && (await deadlines.ListAsync(includeClosed: true, ct)).Count == 0)
        {
            var due = clock.Today.AddDays(14);
            await deadlines.CreateAsync(new NewDeadline(
                $"Kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm {due.Year}", due, DeadlineScope.Grassroots, null, [], Recurrence.None,
                $"trước ngày {VietnameseWording.Date(due)}", $"{LocalChat.Channel}:{AdminUserId}", "ke-hoach"), ct);
        }
    }

    /// <summary>In the demo, "/la NHNN" speaks as that unit's secretary, registered with a real invite code.</summary>
    public async Task<string> EnsureSecretaryAsync(Unit unit, CancellationToken ct)
    {
        var userId = "thuky-" + unit.Code.ToLowerInvariant();
        var member = await members.FindAsync(LocalChat.Channel, userId, ct);
        if (member?.UnitId != unit.Id)
        {
            var invite = await invites.CreateAsync(unit.Id, TimeSpan.FromDays(1), $"{LocalChat.Channel}:{AdminUserId}", ct);
            await members.BindWithInviteAsync(invite.Code, LocalChat.Channel, userId, userId, $"Thư ký {unit.Code}", ct);
        }

        return userId;
    }

    private static string FindSampleUnits(string configured)
    {
        foreach (var candidate in new[] { configured, Path.Combine(AppContext.BaseDirectory, configured), Path.Combine(AppContext.BaseDirectory, "units.sample.csv") })
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"Sample units not found at '{configured}' (LocalChat:SampleUnitsPath).");
    }
}
