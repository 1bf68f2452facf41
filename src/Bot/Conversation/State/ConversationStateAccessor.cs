using System.Text.Json;
using System.Text.Json.Serialization;
using QcdcBot.Storage.Conversations;

namespace QcdcBot.Bot.Conversation.State;

internal sealed class ConversationStateAccessor(ConversationStateStore store)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public async Task<ConversationState> LoadAsync(InboundActivity activity, CancellationToken ct)
    {
        var json = await store.GetAsync(activity.Channel, activity.ChatId, activity.UserId, ct);
        if (json is null)
        {
            return new ConversationState();
        }

        try
        {
            return JsonSerializer.Deserialize<ConversationState>(json, Json) ?? new ConversationState();
        }
        catch (JsonException)
        {
            // A state written by an older shape is dropped, not fatal: the worst case is "which list?" once.
            return new ConversationState();
        }
    }

    public Task SaveAsync(InboundActivity activity, ConversationState state, CancellationToken ct) =>
        store.SaveAsync(activity.Channel, activity.ChatId, activity.UserId, JsonSerializer.Serialize(state, Json), ct);

    /// <summary>One state written and read back in memory, so its JSON metadata is built at start (Hosting/Warmup).</summary>
    internal static void Warm() => JsonSerializer.Deserialize<ConversationState>(JsonSerializer.Serialize(new ConversationState { AwaitingExtension = "" }, Json), Json);
}
