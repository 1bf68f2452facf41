using System.Text.Json;
using System.Text.Json.Serialization;

namespace QcdcBot.Bot.Conversation.State;

/// <summary>
/// The conversation state's JSON, generated at compile time with the options it has always been written with (web
/// defaults, enums by name): every turn reads and writes it, and the reflection-based serializer built its metadata
/// and emitted accessors at run time, compiled on first use (README, Performance, perf20).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(ConversationState))]
internal sealed partial class ConversationStateJson : JsonSerializerContext;
