using System.Text.Json;
using System.Text.Json.Serialization;

namespace StoryBot.Discord.JsonModels;

/// <summary>Source-generated serialization for every Discord payload (snake_case, nulls omitted, snowflakes as strings).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    Converters = [typeof(SnowflakeConverter)])]
[JsonSerializable(typeof(GatewayPayloadJson))]
[JsonSerializable(typeof(GatewaySendJson<long?>))]
[JsonSerializable(typeof(GatewaySendJson<IdentifyJson>))]
[JsonSerializable(typeof(GatewaySendJson<ResumeJson>))]
[JsonSerializable(typeof(HelloJson))]
[JsonSerializable(typeof(IdentifyLedgerJson))]
[JsonSerializable(typeof(ReadyJson))]
[JsonSerializable(typeof(UnavailableGuildJson))]
[JsonSerializable(typeof(GatewayBotJson))]
[JsonSerializable(typeof(InteractionJson))]
[JsonSerializable(typeof(MessageBodyJson))]
[JsonSerializable(typeof(MessageCallbackJson))]
[JsonSerializable(typeof(DeferredCallbackJson))]
[JsonSerializable(typeof(AutocompleteCallbackJson))]
[JsonSerializable(typeof(MessageJson))]
[JsonSerializable(typeof(ChannelJson))]
[JsonSerializable(typeof(List<ApplicationCommandJson>))]
[JsonSerializable(typeof(ErrorJson))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class DiscordJsonContext : JsonSerializerContext;
