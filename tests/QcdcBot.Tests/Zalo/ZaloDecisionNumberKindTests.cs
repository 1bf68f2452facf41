using System.Globalization;
using QcdcBot.Storage.ExtensionRequests;
using QcdcBot.Storage.Statuses;

namespace QcdcBot.Tests.Zalo;

/// <summary>
/// Claims ("không có nội dung phát sinh") and extension requests are numbered apart: a number given to the other kind's
/// command says which kind it is and which command answers it, and a number both kinds share is named under the question.
/// </summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task A_request_number_given_to_chapnhan_or_a_claim_number_given_to_duyet_names_the_kind_and_its_command()
    {
        const string Colleague = "c0bb0000a66b88fe6d6a9";
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        var (colleagueUnit, _) = await ZaloSeed.SecretaryAsync(_host, Colleague, "CTK");
        var first = await ZaloSeed.DeadlineAsync(_host, "Báo cáo chuyên đề học tập và làm theo gương Bác", new DateOnly(2027, 12, 10));
        var second = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));
        _api.Enqueue(ZaloEvents.Text(Colleague, $"/giahan #{first.Id} 14/12/2027 chờ chi ủy họp"));
        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Đề nghị gia hạn số ");
        _api.Enqueue(ZaloEvents.Text(Colleague, $"/giahan #{second.Id} 23/12/2027 chờ chi ủy họp"));
        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "23/12/2027");
        _api.Enqueue(ZaloEvents.Text(Secretary, $"#{second.Id} khong co noi dung phat sinh"));
        var notice = await _api.WaitForMessageAsync(ZaloTestHost.Admin, "/khongchapnhan");
        var claim = Assert.Single(await _host.Get<StatusNoteStore>().ForUnitAsync(unit.Id));
        Assert.Contains($"Báo \"không có nội dung phát sinh\" số {claim.Id}:", notice.Text, StringComparison.Ordinal);
        var requestIds = (await _host.Get<ExtensionRequestStore>().ForDeadlineAsync(first.Id)).Concat(await _host.Get<ExtensionRequestStore>().ForDeadlineAsync(second.Id)).Select(r => r.Id).ToList();
        var onlyRequest = requestIds.First(id => id != claim.Id);
        var onlyRequestText = onlyRequest.ToString(CultureInfo.InvariantCulture);

        // A request's number given to /chapnhan: named as a request, with /duyet; nothing is accepted.
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, $"/chapnhan {onlyRequestText}"));
        var wrongKind = await _api.WaitForMessageAsync(ZaloTestHost.Admin, $"Số {onlyRequestText} là đề nghị gia hạn");
        Assert.Contains($"/duyet {onlyRequestText}", wrongKind.Text, StringComparison.Ordinal);
        Assert.Contains(colleagueUnit.Name, wrongKind.Text, StringComparison.Ordinal);
        Assert.Null(Assert.Single(await _host.Get<StatusNoteStore>().ForUnitAsync(unit.Id)).AcceptedBy);

        // A number both kinds hold: the question on one names the other, with its command.
        if (requestIds.Contains(claim.Id))
        {
            var shared = claim.Id.ToString(CultureInfo.InvariantCulture);
            _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, $"/chapnhan {shared}"));
            var asked = await _api.WaitForMessageAsync(ZaloTestHost.Admin, "(không phải nộp, thôi nhắc)?");
            Assert.Contains($"số {shared} cũng là số một đề nghị gia hạn", asked.Text, StringComparison.Ordinal);
            Assert.Contains($"; trả lời đề nghị đó bằng /duyet {shared}", asked.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("đề nghị đó trả lời", asked.Text, StringComparison.Ordinal);
            _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "0"));
            _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, $"/duyet {shared}"));
            var approve = await _api.WaitForMessageAsync(ZaloTestHost.Admin, $"Đồng ý đề nghị số {shared}");
            Assert.Contains($"số {shared} cũng là số một báo \"không có nội dung phát sinh\" của {unit.Name}", approve.Text, StringComparison.Ordinal);
            Assert.Contains($"/chapnhan {shared}", approve.Text, StringComparison.Ordinal);
            Assert.Contains($"; trả lời báo đó bằng /chapnhan {shared}", approve.Text, StringComparison.Ordinal);
        }
        else
        {
            // A claim's number given to /duyet: named as a claim, with /chapnhan; nothing is decided.
            var only = claim.Id.ToString(CultureInfo.InvariantCulture);
            _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, $"/duyet {only}"));
            var other = await _api.WaitForMessageAsync(ZaloTestHost.Admin, $"Số {only} là báo \"không có nội dung phát sinh\"");
            Assert.Contains($"/chapnhan {only}", other.Text, StringComparison.Ordinal);
        }

        Assert.All(await _host.Get<ExtensionRequestStore>().ForDeadlineAsync(first.Id), r => Assert.Equal(ExtensionState.Pending, r.State));
    }
}
