namespace StoryBot.Discord.Messages;

/// <summary>
/// Builds a <see cref="MessageProperties"/> within Discord's limits: content ≤ 2000, ≤ 10 embeds whose texts total
/// ≤ 6000, ≤ 5 rows of ≤ 5 buttons. Long texts are cut at a word boundary with "…"; extra buttons are dropped.
/// Mentions never ping unless <see cref="AllowRoleMention"/> names one role.
/// </summary>
public sealed class MessageBuilder
{
    private readonly List<EmbedProperties> _embeds = [];
    private readonly List<ButtonProperties> _pendingRow = [];
    private readonly List<ActionRowProperties> _rows = [];
    private string? _content;
    private bool _ephemeral;
    private ulong? _role;

    /// <summary>Sets the content (≤ 2000).</summary>
    public MessageBuilder WithContent(string? content)
    {
        _content = content is null ? null : TextTruncation.Truncate(content, DiscordLimits.Content);
        return this;
    }

    /// <summary>Only the invoking user sees the message (interaction responses only).</summary>
    public MessageBuilder WithEphemeral(bool ephemeral = true)
    {
        _ephemeral = ephemeral;
        return this;
    }

    /// <summary>Allows exactly this role to be pinged (<c>{"parse":[],"roles":["id"]}</c>).</summary>
    public MessageBuilder AllowRoleMention(ulong roleId)
    {
        _role = roleId;
        return this;
    }

    /// <summary>Adds an embed (embeds past the 10th are dropped).</summary>
    public MessageBuilder AddEmbed(EmbedProperties embed)
    {
        ArgumentNullException.ThrowIfNull(embed);
        if (_embeds.Count < DiscordLimits.Embeds)
        {
            _embeds.Add(embed);
        }

        return this;
    }

    /// <summary>Adds an embed built by <paramref name="configure"/>.</summary>
    public MessageBuilder AddEmbed(Action<EmbedBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new EmbedBuilder();
        configure(builder);
        return AddEmbed(builder.Build());
    }

    /// <summary>Adds a button to the current row; a sixth button starts a new row. Buttons past 25 are dropped.</summary>
    public MessageBuilder AddButton(ButtonProperties button)
    {
        ArgumentNullException.ThrowIfNull(button);
        if (_pendingRow.Count == DiscordLimits.ButtonsPerRow)
        {
            EndRow();
        }

        if (_rows.Count < DiscordLimits.ActionRows)
        {
            _pendingRow.Add(button);
        }

        return this;
    }

    /// <summary>Adds buttons as one or more new rows (five per row).</summary>
    public MessageBuilder AddButtonRow(params IEnumerable<ButtonProperties> buttons)
    {
        ArgumentNullException.ThrowIfNull(buttons);
        EndRow();
        foreach (var button in buttons)
        {
            AddButton(button);
        }

        EndRow();
        return this;
    }

    /// <summary>The message.</summary>
    public MessageProperties Build()
    {
        var rows = new List<ActionRowProperties>(_rows);
        if (_pendingRow.Count > 0 && rows.Count < DiscordLimits.ActionRows)
        {
            rows.Add(new ActionRowProperties([.. _pendingRow]));
        }

        return new MessageProperties
        {
            Content = _content,
            Embeds = FitTotal(_embeds),
            Components = rows,
            Ephemeral = _ephemeral,
            AllowedRoleMention = _role,
        };
    }

    /// <summary>Shrinks embeds from the last one back (description, then field values, then fields, then footer) until their texts total ≤ 6000.</summary>
    internal static IReadOnlyList<EmbedProperties> FitTotal(IReadOnlyList<EmbedProperties> embeds)
    {
        var result = embeds.ToList();
        var excess = result.Sum(e => e.TextLength) - DiscordLimits.EmbedTotal;
        for (var i = result.Count - 1; i >= 0 && excess > 0; i--)
        {
            var embed = result[i];
            if (embed.Description is { Length: > 0 } description)
            {
                var shorter = TextTruncation.Truncate(description, Math.Max(0, description.Length - excess));
                excess -= description.Length - shorter.Length;
                embed = embed with { Description = shorter.Length == 0 ? null : shorter };
            }

            var fields = embed.Fields.ToList();
            for (var f = fields.Count - 1; f >= 0 && excess > 0; f--)
            {
                var field = fields[f];
                var keep = Math.Max(1, field.Value.Length - excess);
                var value = TextTruncation.Truncate(field.Value, keep);
                excess -= field.Value.Length - value.Length;
                fields[f] = field with { Value = value };
            }

            while (excess > 0 && fields.Count > 0)
            {
                var last = fields[^1];
                excess -= last.Name.Length + last.Value.Length;
                fields.RemoveAt(fields.Count - 1);
            }

            embed = embed with { Fields = fields };
            if (excess > 0 && embed.Footer is { Length: > 0 } footer)
            {
                excess -= footer.Length;
                embed = embed with { Footer = null };
            }

            result[i] = embed;
        }

        while (excess > 0 && result.Count > 1)
        {
            excess -= result[^1].TextLength;
            result.RemoveAt(result.Count - 1);
        }

        return result;
    }

    private void EndRow()
    {
        if (_pendingRow.Count > 0 && _rows.Count < DiscordLimits.ActionRows)
        {
            _rows.Add(new ActionRowProperties([.. _pendingRow]));
        }

        _pendingRow.Clear();
    }
}
