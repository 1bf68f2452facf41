using QcdcBot.Storage.Members;

namespace QcdcBot.Tests.Zalo;

/// <summary>Invite codes as phones type them: spaces, colons and full stops around and inside the code.</summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task A_code_typed_with_a_colon_a_space_inside_and_a_full_stop_registers_and_mistyped_shapes_are_not_counted_as_guesses()
    {
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "ma dang ky ngan hang nha nuoc"));
        var invite = await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Mã đăng ký cho");
        var code = InviteCode().Match(invite.Text!).Groups[1].Value;

        // More wrong shapes than the guess throttle allows: none of them is a guess.
        for (var i = 0; i < 7; i++)
        {
            _api.Enqueue(ZaloEvents.Text(Stranger, $"/dangky: ab{i}"));
        }

        var typed = $"Đăng ký:  {code[..4].ToLowerInvariant()} {code[4..]}.";
        _api.Enqueue(ZaloEvents.Text(Stranger, typed));

        await _api.WaitForMessageAsync(Stranger, "Đăng ký thành công");
        Assert.Contains(_api.MessagesTo(Stranger), m => m.Contains("gồm 8 chữ và số", StringComparison.Ordinal));
        Assert.DoesNotContain(_api.MessagesTo(Stranger), m => m.Contains("tạm dừng nhận mã", StringComparison.Ordinal));
        Assert.NotNull(await _host.Get<MemberStore>().FindAsync("zalo", Stranger));
    }
}
