using QcdcBot.Storage.Members;
using QcdcBot.Storage.Statuses;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Core;

/// <summary>How secretaries actually type on phones: commands split in two words, status replies that start like a command.</summary>
public sealed class PhoneTypingTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.CreateAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Dang_ky_typed_as_two_words_registers()
    {
        var unit = await _bot.UnitAsync("NHNN");
        var invite = await _bot.Get<InviteStore>().CreateAsync(unit.Id, TimeSpan.FromDays(1), "test:admin");

        var reply = await _bot.SayAsync("someone", $"Đăng ký {invite.Code}");

        Assert.Contains("Đăng ký thành công", reply.Text(), StringComparison.Ordinal);
        Assert.Equal(unit.Id, (await _bot.Get<MemberStore>().FindAsync(BotHarness.Channel, "someone"))!.UnitId);
    }

    [Theory]
    [InlineData("tinh hinh")]
    [InlineData("/tinh hinh")]
    [InlineData("Tình hình")]
    public async Task A_leader_s_command_split_in_two_words_still_works(string text)
    {
        await _bot.AssignAsync("Kế hoạch QCDC trước ngày 30/11/2024");

        var reply = await _bot.SayAsync(BotHarness.Admin, text);

        Assert.Contains("0/74 đơn vị đã nộp", reply.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_status_reply_that_starts_with_a_command_word_is_a_status_reply()
    {
        var deadline = await _bot.AssignAsync("Kế hoạch QCDC trước ngày 30/11/2024");
        var secretary = await _bot.RegisterSecretaryAsync("NHNN");

        var reply = await _bot.SayAsync(secretary, "Đơn vị đang xây dựng kế hoạch");

        Assert.Contains("Đã ghi nhận", reply.Text(), StringComparison.Ordinal);
        var notes = await _bot.Get<StatusNoteStore>().LatestForDeadlineAsync(deadline.Id);
        Assert.Equal(StatusState.InProgress, Assert.Single(notes.Values).State);
    }

    [Fact]
    public async Task A_file_sent_when_nothing_is_open_is_refused_and_nothing_is_stored()
    {
        var secretary = await _bot.RegisterSecretaryAsync("NHNN");
        var before = await _bot.SnapshotAsync();

        var reply = await _bot.SendFileAsync(secretary, "ke-hoach.docx", [1, 2, 3]);

        Assert.Contains("Chưa nhận tệp này", reply.Text(), StringComparison.Ordinal);
        Assert.Equal(before, await _bot.SnapshotAsync());
    }

    [Fact]
    public async Task A_file_replying_to_a_message_about_another_unit_s_deadline_is_not_filed_quietly()
    {
        var own = await _bot.AssignAsync("Kế hoạch QCDC trước ngày 30/11/2024 cho NHNN");
        var other = await _bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 30/11/2024 cho TTRA");
        var secretary = await _bot.RegisterSecretaryAsync("NHNN");
        var replyTo = await _bot.LinkMessageAsync(secretary, other.Id);

        var reply = await _bot.SendFileAsync(secretary, "ke-hoach.docx", [1, 2, 3], replyTo: replyTo);

        Assert.Contains("nộp cho việc nào", reply.Text(), StringComparison.Ordinal);
        Assert.Equal(0, await _bot.CountAsync("submissions"));
        Assert.Contains(reply.Last().Choices, c => c.Label.Contains(own.Title, StringComparison.Ordinal));
    }
}
